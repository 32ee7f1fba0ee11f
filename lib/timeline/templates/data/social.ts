import { tasksOf, type TimelineTemplateData } from "../types";

// About 4½ weeks to go live: creators, creative and copy are produced in parallel from one content plan.
export const socialCampaign: TimelineTemplateData = {
  campaignType: "social",
  name: "Social campaign",
  description: "Organic and creator-led social: a content plan, creator partnerships, creative and captions, scheduled and approved before going live.",
  milestones: [
    { key: "brief", name: "Campaign brief", description: "Goal, platforms, audience and KPIs agreed.", durationDays: 3, dependsOn: [] },
    { key: "content_plan", name: "Content plan & calendar", description: "Themes, formats and a post-by-post calendar per platform.", durationDays: 5, dependsOn: ["brief"] },
    { key: "creators", name: "Creator partnerships", description: "Creators shortlisted, contracted and briefed.", durationDays: 8, dependsOn: ["content_plan"] },
    { key: "creative", name: "Creative production", description: "Static, carousel and short-form video assets.", durationDays: 10, dependsOn: ["content_plan"] },
    { key: "copy", name: "Captions & community guide", description: "Captions, hashtags and reply guidelines.", durationDays: 4, dependsOn: ["content_plan"] },
    { key: "scheduling", name: "Scheduling & approval", description: "Every post approved and scheduled; paid boosts set up.", durationDays: 3, dependsOn: ["creators", "creative", "copy"] },
    { key: "launch", name: "Go live", description: "The first posts are published.", durationDays: 1, dependsOn: ["scheduling"], isLaunch: true },
    { key: "results", name: "Results review", description: "Reach, engagement and clicks against the goal.", durationDays: 4, dependsOn: ["launch"] },
  ],
  tasks: [
    ...tasksOf("brief", [
      { title: "Write the social brief", description: "Goal, platforms, audience, tone and KPIs.", estimateHours: 3, requiredSkills: ["social"], priority: "high" },
      { title: "Review competitor and trend activity", description: "What performs in our category right now.", estimateHours: 3, requiredSkills: ["social", "analytics"], priority: "low" },
    ]),
    ...tasksOf("content_plan", [
      { title: "Define themes and formats", description: "Content pillars and formats per platform.", estimateHours: 4, requiredSkills: ["social"], priority: "high" },
      { title: "Build the posting calendar", description: "Post-by-post plan with dates and owners.", estimateHours: 4, requiredSkills: ["social", "project_management"], priority: "medium" },
    ]),
    ...tasksOf("creators", [
      { title: "Shortlist creators", description: "Audience fit, engagement rate and brand safety checks.", estimateHours: 6, requiredSkills: ["social"], priority: "medium" },
      { title: "Agree contracts and usage rights", description: "Deliverables, fees, disclosure and usage terms.", estimateHours: 4, requiredSkills: ["legal"], priority: "high" },
      { title: "Brief the creators", description: "Key messages, do's and don'ts, deadlines.", estimateHours: 3, requiredSkills: ["social", "copywriting"], priority: "medium" },
    ]),
    ...tasksOf("creative", [
      { title: "Design static and carousel posts", description: "Sized for each platform from the brand kit.", estimateHours: 12, requiredSkills: ["design"], priority: "high" },
      { title: "Produce short-form videos", description: "Reels/TikTok cuts with captions burned in.", estimateHours: 16, requiredSkills: ["video"], priority: "high" },
      { title: "Review creator drafts", description: "Feedback on creator content against the brief.", estimateHours: 4, requiredSkills: ["social"], priority: "medium" },
    ]),
    ...tasksOf("copy", [
      { title: "Write captions and hashtags", description: "Per post and platform, with calls to action.", estimateHours: 5, requiredSkills: ["copywriting", "social"], priority: "medium" },
      { title: "Write the community reply guide", description: "Tone, common questions and escalation rules.", estimateHours: 3, requiredSkills: ["social"], priority: "low" },
    ]),
    ...tasksOf("scheduling", [
      { title: "Get posts approved", description: "One approval pass for creative and captions.", estimateHours: 2, requiredSkills: ["project_management"], priority: "high" },
      { title: "Schedule posts and set up boosts", description: "Scheduling tool and paid boosts on the best posts.", estimateHours: 3, requiredSkills: ["social", "paid_media"], priority: "high" },
      { title: "Set up link tracking", description: "UTM links and a reporting view.", estimateHours: 2, requiredSkills: ["analytics"], priority: "medium" },
    ]),
    ...tasksOf("launch", [
      { title: "Publish the first posts", description: "Check they went out correctly on every platform.", estimateHours: 1, requiredSkills: ["social"], priority: "critical" },
      { title: "Monitor and reply to comments", description: "First-day community management.", estimateHours: 4, requiredSkills: ["social"], priority: "high" },
    ]),
    ...tasksOf("results", [
      { title: "Report reach, engagement and clicks", description: "Per platform and per creator, against KPIs.", estimateHours: 4, requiredSkills: ["analytics", "social"], priority: "medium" },
      { title: "Pick content to reuse or boost", description: "Top performers for paid or future posts.", estimateHours: 2, requiredSkills: ["social"], priority: "low" },
    ]),
  ],
};
