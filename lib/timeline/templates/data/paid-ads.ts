import { tasksOf, type TimelineTemplateData } from "../types";

// About 3½ weeks to go live: audiences, creative and the landing page are built in parallel, then assembled in the ad platforms.
export const paidAdsCampaign: TimelineTemplateData = {
  campaignType: "paid_ads",
  name: "Paid ads",
  description: "Paid search, social or display: targeting, ad creative, a tracked landing page, campaign build and policy checks, then early optimisation.",
  milestones: [
    { key: "brief", name: "Brief & budget", description: "Goal, KPIs, channels, budget and flighting agreed.", durationDays: 3, dependsOn: [] },
    { key: "audience", name: "Audiences & targeting", description: "Audiences, keywords and exclusions defined.", durationDays: 4, dependsOn: ["brief"] },
    { key: "creative", name: "Ad creative & copy", description: "Ad variants for every placement and test.", durationDays: 8, dependsOn: ["brief"] },
    { key: "landing_page", name: "Landing page", description: "Message-matched landing page.", durationDays: 6, dependsOn: ["brief"] },
    { key: "tracking", name: "Tracking & attribution", description: "Pixels, conversion events and UTM conventions verified.", durationDays: 3, dependsOn: ["landing_page"] },
    { key: "build", name: "Campaign build", description: "Campaigns, ad sets and budgets built in each platform.", durationDays: 3, dependsOn: ["audience", "creative", "tracking"] },
    { key: "qa", name: "QA & approvals", description: "Internal approval and ad platform policy review.", durationDays: 2, dependsOn: ["build"] },
    { key: "launch", name: "Go live", description: "Ads start serving.", durationDays: 1, dependsOn: ["qa"], isLaunch: true },
    { key: "optimisation", name: "Early optimisation & review", description: "First-week optimisation and a results review.", durationDays: 5, dependsOn: ["launch"] },
  ],
  tasks: [
    ...tasksOf("brief", [
      { title: "Write the paid media brief", description: "Goal, KPIs (CPA/ROAS), channels and flighting.", estimateHours: 3, requiredSkills: ["paid_media"], priority: "high" },
      { title: "Allocate the budget by channel", description: "Split and pacing, with a test budget.", estimateHours: 2, requiredSkills: ["paid_media", "analytics"], priority: "high" },
    ]),
    ...tasksOf("audience", [
      { title: "Build audiences and lookalikes", description: "CRM lists, retargeting pools and lookalikes.", estimateHours: 4, requiredSkills: ["paid_media"], priority: "high" },
      { title: "Research keywords and negatives", description: "Keyword list, match types and negative keywords.", estimateHours: 4, requiredSkills: ["paid_media", "seo"], priority: "medium" },
    ]),
    ...tasksOf("creative", [
      { title: "Write ad copy variants", description: "Headlines and descriptions for each test.", estimateHours: 5, requiredSkills: ["copywriting", "paid_media"], priority: "high" },
      { title: "Design display and social ads", description: "Every size and placement, static and motion.", estimateHours: 12, requiredSkills: ["design"], priority: "high" },
      { title: "Cut short video ads", description: "6 s and 15 s versions.", estimateHours: 8, requiredSkills: ["video"], priority: "medium" },
    ]),
    ...tasksOf("landing_page", [
      { title: "Write landing page copy", description: "Matches the ad message; one clear call to action.", estimateHours: 3, requiredSkills: ["copywriting"], priority: "medium" },
      { title: "Build the landing page", description: "Fast, mobile-first page with the form.", estimateHours: 8, requiredSkills: ["web"], priority: "high" },
    ]),
    ...tasksOf("tracking", [
      { title: "Install pixels and conversion events", description: "Platform pixels and server-side events.", estimateHours: 4, requiredSkills: ["analytics", "web"], priority: "high" },
      { title: "Verify attribution end to end", description: "Test conversions appear in each platform and analytics.", estimateHours: 2, requiredSkills: ["analytics"], priority: "high" },
    ]),
    ...tasksOf("build", [
      { title: "Build campaigns in each platform", description: "Structure, bids, budgets and schedules.", estimateHours: 8, requiredSkills: ["paid_media"], priority: "high" },
      { title: "Upload and map creative", description: "Ads to ad sets with UTM parameters.", estimateHours: 3, requiredSkills: ["paid_media"], priority: "medium" },
    ]),
    ...tasksOf("qa", [
      { title: "Review campaigns before launch", description: "Targeting, budgets, links and tracking.", estimateHours: 2, requiredSkills: ["paid_media"], priority: "critical" },
      { title: "Check ad claims and policies", description: "Regulated claims and platform policies.", estimateHours: 2, requiredSkills: ["legal"], priority: "high" },
    ]),
    ...tasksOf("launch", [
      { title: "Switch campaigns on", description: "Enable and confirm ads are approved and serving.", estimateHours: 1, requiredSkills: ["paid_media"], priority: "critical" },
      { title: "Watch spend pacing", description: "Check spend and delivery after the first hours.", estimateHours: 2, requiredSkills: ["paid_media", "analytics"], priority: "high" },
    ]),
    ...tasksOf("optimisation", [
      { title: "Optimise bids and creative", description: "Pause losers, shift budget to winners.", estimateHours: 4, requiredSkills: ["paid_media"], priority: "high" },
      { title: "Report first-week results", description: "CPA, ROAS and learnings against the brief.", estimateHours: 3, requiredSkills: ["analytics"], priority: "medium" },
    ]),
  ],
};
