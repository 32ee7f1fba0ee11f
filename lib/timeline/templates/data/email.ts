import { tasksOf, type TimelineTemplateData } from "../types";

// About 3 weeks to send (4 with the results review): copy feeds design and the landing page in parallel while the audience is built.
export const emailCampaign: TimelineTemplateData = {
  campaignType: "email",
  name: "Email campaign",
  description: "Brief, audience, copy and design for an email send or short sequence, with test sends and approvals before it goes out.",
  milestones: [
    { key: "brief", name: "Campaign brief", description: "Goal, offer, audience and success metric agreed.", durationDays: 3, dependsOn: [] },
    { key: "audience", name: "Audience & segmentation", description: "Segments, suppression lists and personalisation fields ready.", durationDays: 3, dependsOn: ["brief"] },
    { key: "copy", name: "Copywriting", description: "Subject lines, preheaders and body copy approved.", durationDays: 4, dependsOn: ["brief"] },
    { key: "design", name: "Email design & build", description: "Designed and built templates for every email.", durationDays: 5, dependsOn: ["copy"] },
    { key: "landing_page", name: "Landing page", description: "The page each email links to, tracked.", durationDays: 4, dependsOn: ["copy"] },
    { key: "qa", name: "Test sends & approval", description: "Rendering, links and compliance checked; send approved.", durationDays: 3, dependsOn: ["audience", "design", "landing_page"] },
    { key: "launch", name: "Send", description: "The campaign is sent.", durationDays: 1, dependsOn: ["qa"], isLaunch: true },
    { key: "results", name: "Results review", description: "Opens, clicks and conversions against the goal.", durationDays: 3, dependsOn: ["launch"] },
  ],
  tasks: [
    ...tasksOf("brief", [
      { title: "Write the email brief", description: "Goal, offer, audience, number of sends and KPI.", estimateHours: 3, requiredSkills: ["email"], priority: "high" },
      { title: "Agree the send calendar", description: "Dates that avoid clashes with other sends.", estimateHours: 1, requiredSkills: ["project_management"], priority: "medium" },
    ]),
    ...tasksOf("audience", [
      { title: "Build segments in the ESP", description: "Include and exclude rules, suppression lists.", estimateHours: 4, requiredSkills: ["email"], priority: "high" },
      { title: "Check consent and list hygiene", description: "Only opted-in contacts; remove bounces and unsubscribes.", estimateHours: 2, requiredSkills: ["email", "legal"], priority: "high" },
      { title: "Estimate audience size and expected results", description: "Benchmarks from the last comparable sends.", estimateHours: 2, requiredSkills: ["analytics"], priority: "low" },
    ]),
    ...tasksOf("copy", [
      { title: "Write subject lines and preheaders", description: "Three variants each for an A/B test.", estimateHours: 2, requiredSkills: ["copywriting", "email"], priority: "high" },
      { title: "Write the email body copy", description: "Body, calls to action and footer for each email.", estimateHours: 6, requiredSkills: ["copywriting"], priority: "high" },
      { title: "Review copy with stakeholders", description: "One consolidated round of feedback.", estimateHours: 2, requiredSkills: ["copywriting"], priority: "medium" },
    ]),
    ...tasksOf("design", [
      { title: "Design the email layouts", description: "Mobile-first designs from the brand template.", estimateHours: 6, requiredSkills: ["design"], priority: "high" },
      { title: "Build the emails in the ESP", description: "Coded templates with dynamic content and UTM links.", estimateHours: 6, requiredSkills: ["email", "web"], priority: "high" },
    ]),
    ...tasksOf("landing_page", [
      { title: "Write landing page copy", description: "Continues the email's message and offer.", estimateHours: 3, requiredSkills: ["copywriting"], priority: "medium" },
      { title: "Build the landing page", description: "Page, form and conversion event.", estimateHours: 6, requiredSkills: ["web"], priority: "medium" },
    ]),
    ...tasksOf("qa", [
      { title: "Send test emails across clients", description: "Rendering in the main clients, dark mode and mobile.", estimateHours: 2, requiredSkills: ["email"], priority: "high" },
      { title: "Check links, tracking and personalisation", description: "Every link, UTM and merge field.", estimateHours: 2, requiredSkills: ["email", "analytics"], priority: "high" },
      { title: "Get the final send approval", description: "Sign-off on copy, audience and send time.", estimateHours: 1, requiredSkills: ["project_management"], priority: "critical" },
    ]),
    ...tasksOf("launch", [
      { title: "Schedule and send", description: "Send or schedule each email; confirm delivery.", estimateHours: 1, requiredSkills: ["email"], priority: "critical" },
      { title: "Monitor deliverability", description: "Bounces, spam complaints and unsubscribes in the first hours.", estimateHours: 2, requiredSkills: ["email", "analytics"], priority: "high" },
    ]),
    ...tasksOf("results", [
      { title: "Report opens, clicks and conversions", description: "Against the goal and the last comparable send.", estimateHours: 3, requiredSkills: ["analytics"], priority: "medium" },
      { title: "Record learnings from the A/B test", description: "Winning variant and what to test next.", estimateHours: 1, requiredSkills: ["email"], priority: "low" },
    ]),
  ],
};
