import { tasksOf, type TimelineTemplateData } from "../types";

// About 8½ weeks to launch (10 with the retrospective): messaging gates creative, sales and press; three build tracks run in parallel into QA.
export const productLaunch: TimelineTemplateData = {
  campaignType: "product_launch",
  name: "Product launch",
  description: "From launch brief to retrospective: positioning, creative, web, email, sales enablement and press, converging on a go/no-go QA before launch day.",
  milestones: [
    { key: "brief", name: "Launch brief", description: "Goals, audience, tiering and budget agreed with product and sales.", durationDays: 5, dependsOn: [] },
    { key: "messaging", name: "Positioning & messaging", description: "Value proposition, messaging framework and proof points signed off.", durationDays: 10, dependsOn: ["brief"] },
    { key: "creative", name: "Creative concept & assets", description: "Launch concept, key visuals, product screenshots and demo video.", durationDays: 12, dependsOn: ["messaging"] },
    { key: "landing_page", name: "Landing page", description: "Launch page built, tracked and tested.", durationDays: 10, dependsOn: ["creative"] },
    { key: "email_sequence", name: "Email sequence", description: "Announcement and nurture emails for customers and prospects.", durationDays: 8, dependsOn: ["creative"] },
    { key: "sales_enablement", name: "Sales enablement", description: "Pitch deck, battlecard, FAQ and team training.", durationDays: 10, dependsOn: ["messaging"] },
    { key: "press", name: "Press & analyst outreach", description: "Press release, briefings and embargoed coverage.", durationDays: 10, dependsOn: ["messaging"] },
    { key: "qa", name: "Launch QA & go/no-go", description: "End-to-end checks of every asset and a go/no-go decision.", durationDays: 5, dependsOn: ["landing_page", "email_sequence", "sales_enablement", "press"] },
    { key: "launch", name: "Launch day", description: "Everything goes live and the launch is monitored.", durationDays: 1, dependsOn: ["qa"], isLaunch: true },
    { key: "retrospective", name: "Results review & retrospective", description: "Launch metrics against goals and lessons for the next launch.", durationDays: 5, dependsOn: ["launch"] },
  ],
  tasks: [
    ...tasksOf("brief", [
      { title: "Write the launch brief", description: "Objectives, target segments, launch tier, KPIs and budget.", estimateHours: 8, requiredSkills: ["product_marketing"], priority: "high" },
      { title: "Run the kickoff with product and sales", description: "Agree scope, dates and owners; record decisions.", estimateHours: 3, requiredSkills: ["project_management"], priority: "high" },
      { title: "Set baseline metrics and tracking plan", description: "Current funnel numbers and the events to track at launch.", estimateHours: 4, requiredSkills: ["analytics"], priority: "medium" },
    ]),
    ...tasksOf("messaging", [
      { title: "Draft the messaging framework", description: "Value proposition, pillars and proof points per persona.", estimateHours: 12, requiredSkills: ["product_marketing", "copywriting"], priority: "high" },
      { title: "Validate messaging with customers", description: "Five customer calls or a message test; adjust the framework.", estimateHours: 8, requiredSkills: ["product_marketing"], priority: "medium" },
      { title: "Write the boilerplate and naming guide", description: "Approved product name usage, short and long descriptions.", estimateHours: 3, requiredSkills: ["copywriting"], priority: "medium" },
    ]),
    ...tasksOf("creative", [
      { title: "Develop the launch concept", description: "Two concept routes, one chosen with stakeholders.", estimateHours: 12, requiredSkills: ["design"], priority: "high" },
      { title: "Produce key visuals and social cut-downs", description: "Hero image, banners and sized social assets.", estimateHours: 16, requiredSkills: ["design", "social"], priority: "high" },
      { title: "Produce the product demo video", description: "Script, screen recording, voice-over and edit (60–90 s).", estimateHours: 20, requiredSkills: ["video", "copywriting"], priority: "medium" },
      { title: "Capture product screenshots", description: "Up-to-date, annotated screenshots of the new features.", estimateHours: 4, requiredSkills: ["design", "product_marketing"], priority: "medium" },
    ]),
    ...tasksOf("landing_page", [
      { title: "Write landing page copy", description: "Headline, feature sections, FAQ and calls to action.", estimateHours: 6, requiredSkills: ["copywriting", "seo"], priority: "high" },
      { title: "Design and build the landing page", description: "Responsive page from the launch concept.", estimateHours: 16, requiredSkills: ["web", "design"], priority: "high" },
      { title: "Set up analytics and conversion tracking", description: "Events, UTM conventions and a launch dashboard.", estimateHours: 4, requiredSkills: ["analytics", "web"], priority: "medium" },
    ]),
    ...tasksOf("email_sequence", [
      { title: "Write the announcement and nurture emails", description: "Customer announcement plus a three-email prospect sequence.", estimateHours: 8, requiredSkills: ["copywriting", "email"], priority: "high" },
      { title: "Build emails and segments", description: "Templates, audience segments and send schedule in the ESP.", estimateHours: 6, requiredSkills: ["email"], priority: "medium" },
      { title: "Send test emails for review", description: "Rendering checks across clients and a stakeholder proof.", estimateHours: 2, requiredSkills: ["email"], priority: "medium" },
    ]),
    ...tasksOf("sales_enablement", [
      { title: "Build the sales pitch deck", description: "Launch story, demo flow and customer proof.", estimateHours: 10, requiredSkills: ["sales_enablement", "design"], priority: "high" },
      { title: "Write the battlecard and FAQ", description: "Competitive positioning, objections and pricing questions.", estimateHours: 6, requiredSkills: ["sales_enablement", "product_marketing"], priority: "medium" },
      { title: "Train the sales and support teams", description: "One live session, recorded, plus a short quiz.", estimateHours: 4, requiredSkills: ["sales_enablement"], priority: "high" },
    ]),
    ...tasksOf("press", [
      { title: "Write the press release", description: "Release with customer quote, approved by legal.", estimateHours: 6, requiredSkills: ["pr", "copywriting"], priority: "high" },
      { title: "Brief analysts and key journalists", description: "Embargoed briefings with the launch deck.", estimateHours: 8, requiredSkills: ["pr"], priority: "medium" },
      { title: "Legal review of claims", description: "Check product claims, comparisons and trademarks.", estimateHours: 3, requiredSkills: ["legal"], priority: "high" },
    ]),
    ...tasksOf("qa", [
      { title: "Run the end-to-end launch checklist", description: "Links, forms, tracking, emails and pricing pages.", estimateHours: 6, requiredSkills: ["web", "project_management"], priority: "critical" },
      { title: "Hold the go/no-go meeting", description: "Confirm readiness with product, sales and support.", estimateHours: 2, requiredSkills: ["project_management"], priority: "critical" },
    ]),
    ...tasksOf("launch", [
      { title: "Publish the page and send the announcement", description: "Flip the page live, send emails, post on social.", estimateHours: 4, requiredSkills: ["web", "email", "social"], priority: "critical" },
      { title: "Distribute the press release", description: "Wire release and outreach when the embargo lifts.", estimateHours: 2, requiredSkills: ["pr"], priority: "high" },
      { title: "Monitor launch-day metrics", description: "Watch traffic, sign-ups and errors; report at day's end.", estimateHours: 4, requiredSkills: ["analytics"], priority: "high" },
    ]),
    ...tasksOf("retrospective", [
      { title: "Report results against goals", description: "Traffic, leads, pipeline and coverage versus the brief.", estimateHours: 6, requiredSkills: ["analytics"], priority: "medium" },
      { title: "Run the launch retrospective", description: "What worked, what to change; actions with owners.", estimateHours: 3, requiredSkills: ["project_management"], priority: "medium" },
    ]),
  ],
};
