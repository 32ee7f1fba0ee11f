import type { CampaignPriority } from "@/db/schema/values";
import type { TaskView } from "./view";

/** What the task form holds: strings, exactly as typed, so a failed save shows them again. */
export type TaskFormValues = {
  title: string;
  description: string;
  priority: CampaignPriority;
  milestoneId: string;
  assigneeId: string;
  requiredSkills: string;
  estimateHours: string;
  startDate: string;
  dueDate: string;
};

export const emptyTaskForm: TaskFormValues = {
  title: "", description: "", priority: "medium", milestoneId: "", assigneeId: "", requiredSkills: "", estimateHours: "", startDate: "", dueDate: "",
};

export function taskFormValues(task: TaskView): TaskFormValues {
  return {
    title: task.title,
    description: task.description,
    priority: task.priority,
    milestoneId: task.milestoneId ?? "",
    assigneeId: task.assigneeId ?? "",
    requiredSkills: task.requiredSkills.join(", "),
    estimateHours: task.estimateHours === null ? "" : String(task.estimateHours),
    startDate: task.startDate ?? "",
    dueDate: task.dueDate ?? "",
  };
}

/** Form strings → the fields of createTaskInput / updateTaskInput; empty means none. */
export function taskFieldsFromForm(v: TaskFormValues) {
  const hours = v.estimateHours.trim();
  return {
    title: v.title,
    description: v.description,
    priority: v.priority,
    milestoneId: v.milestoneId || null,
    assigneeId: v.assigneeId || null,
    requiredSkills: v.requiredSkills.split(",").map((s) => s.trim()).filter(Boolean),
    // "abc" stays NaN, so the schema refuses it instead of silently clearing the estimate
    estimateHours: hours ? Number(hours.replace(",", ".")) : null,
    startDate: v.startDate || null,
    dueDate: v.dueDate || null,
  };
}

/** Field issues keyed by path ("requiredSkills.0") → by form field, first message each. */
export function taskFormErrors(issues: Record<string, string[]>): Partial<Record<keyof TaskFormValues | "_", string>> {
  const errors: Partial<Record<keyof TaskFormValues | "_", string>> = {};
  for (const [path, messages] of Object.entries(issues)) {
    const field = path.split(".")[0] as keyof TaskFormValues | "_";
    errors[field] ??= messages[0]?.replace(/^Invalid input: expected number, received NaN$/, "Enter the estimate as a number of hours");
  }
  return errors;
}
