import { describe, expect, it } from "vitest";
import { timesheetCsv, timesheetFilename } from "./csv";

const entry = {
  id: "0190a0a0-0000-7000-8000-000000000001", workDate: "2026-11-23", taskId: "t", taskTitle: "Write copy", campaignId: "c",
  campaignName: "Spring launch", hours: 1.5, note: "first draft",
};

describe("timesheetCsv", () => {
  it("writes a header and one line per entry with two-decimal hours", () => {
    expect(timesheetCsv([entry]).trim().split("\n")).toEqual([
      "date,campaign,task,hours,note,entry id",
      `2026-11-23,Spring launch,Write copy,1.50,first draft,${entry.id}`,
    ]);
  });

  it("neutralises cells that a spreadsheet would run as formulas", () => {
    const csv = timesheetCsv([{ ...entry, campaignName: "=HYPERLINK(\"http://evil\")", taskTitle: "+1+1", note: "@SUM(A1)" }]);
    const line = csv.trim().split("\n")[1]!;
    expect(line).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(line).toContain("'+1+1");
    expect(line).toContain("'@SUM(A1)");
    expect(timesheetCsv([{ ...entry, note: "-5 minutes" }])).toContain("'-5 minutes");
  });

  it("quotes commas, quotes and line breaks", () => {
    expect(timesheetCsv([{ ...entry, note: 'a, "b"\nc' }])).toContain('"a, ""b""\nc"');
  });
});

describe("timesheetFilename", () => {
  it("is an ASCII slug of the member and the week", () => {
    expect(timesheetFilename("Zoë O'Brien", "2026-11-23")).toBe("timesheet-zoe-obrien-2026-11-23.csv");
    expect(timesheetFilename("李", "2026-11-23")).toBe("timesheet-member-2026-11-23.csv");
  });
});
