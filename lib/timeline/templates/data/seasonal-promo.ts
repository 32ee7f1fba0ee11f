import { tasksOf, type TimelineTemplateData } from "../types";

// About 5 weeks to the promo start: the offer is cleared while creative is made; web, email and paid then run in parallel.
export const seasonalPromoCampaign: TimelineTemplateData = {
  campaignType: "seasonal_promo",
  name: "Seasonal promotion",
  description: "A time-boxed promotion (Black Friday, holidays, back to school): offer and terms, seasonal creative, site, email and paid media, checkout QA, then sales results.",
  milestones: [
    { key: "brief", name: "Promo brief", description: "Dates, offer idea, target revenue and channels agreed.", durationDays: 4, dependsOn: [] },
    { key: "offer", name: "Offer & terms", description: "Discount mechanics, pricing and terms cleared by finance and legal.", durationDays: 4, dependsOn: ["brief"] },
    { key: "creative", name: "Seasonal creative", description: "Campaign visuals and copy in every format.", durationDays: 10, dependsOn: ["brief"] },
    { key: "site", name: "Landing page & site banners", description: "Promo page, banners and discount codes on the site.", durationDays: 6, dependsOn: ["creative", "offer"] },
    { key: "email", name: "Email & SMS sequence", description: "Teaser, launch, reminder and last-chance messages.", durationDays: 5, dependsOn: ["creative", "offer"] },
    { key: "paid", name: "Paid media", description: "Promo ads built and scheduled.", durationDays: 4, dependsOn: ["creative", "offer"] },
    { key: "qa", name: "Site & checkout QA", description: "Codes, prices, checkout and load checked.", durationDays: 3, dependsOn: ["site", "email", "paid"] },
    { key: "launch", name: "Promo goes live", description: "The promotion starts.", durationDays: 1, dependsOn: ["qa"], isLaunch: true },
    { key: "results", name: "Sales results & retrospective", description: "Revenue, margin and lessons for next season.", durationDays: 5, dependsOn: ["launch"] },
  ],
  tasks: [
    ...tasksOf("brief", [
      { title: "Write the promo brief", description: "Dates, goals, audience, channels and revenue target.", estimateHours: 4, requiredSkills: ["product_marketing"], priority: "high" },
      { title: "Review last season's results", description: "What sold, which channels and codes performed.", estimateHours: 3, requiredSkills: ["analytics"], priority: "medium" },
    ]),
    ...tasksOf("offer", [
      { title: "Define the offer mechanics", description: "Discount, bundles, eligibility and stock limits.", estimateHours: 4, requiredSkills: ["product_marketing"], priority: "high" },
      { title: "Write and clear the terms", description: "Promotion terms and conditions approved by legal.", estimateHours: 3, requiredSkills: ["legal"], priority: "critical" },
    ]),
    ...tasksOf("creative", [
      { title: "Develop the seasonal concept", description: "Theme, key visual and headline.", estimateHours: 10, requiredSkills: ["design", "copywriting"], priority: "high" },
      { title: "Produce assets in every format", description: "Web, email, social and ad sizes.", estimateHours: 16, requiredSkills: ["design"], priority: "high" },
      { title: "Cut a short promo video", description: "15 s video for social and paid.", estimateHours: 8, requiredSkills: ["video"], priority: "medium" },
    ]),
    ...tasksOf("site", [
      { title: "Build the promo landing page", description: "Offer, products and countdown.", estimateHours: 10, requiredSkills: ["web", "copywriting"], priority: "high" },
      { title: "Set up discount codes and banners", description: "Codes in the shop; scheduled site banners.", estimateHours: 4, requiredSkills: ["web"], priority: "high" },
    ]),
    ...tasksOf("email", [
      { title: "Write the email and SMS sequence", description: "Teaser, launch, reminder and last chance.", estimateHours: 6, requiredSkills: ["copywriting", "email"], priority: "high" },
      { title: "Build and schedule the sends", description: "Segments, early access for subscribers, schedule.", estimateHours: 6, requiredSkills: ["email"], priority: "high" },
    ]),
    ...tasksOf("paid", [
      { title: "Build promo campaigns", description: "Search, shopping and social ads with promo copy.", estimateHours: 6, requiredSkills: ["paid_media"], priority: "high" },
      { title: "Plan budget pacing for peak days", description: "Budget by day around the peak.", estimateHours: 2, requiredSkills: ["paid_media", "analytics"], priority: "medium" },
    ]),
    ...tasksOf("qa", [
      { title: "Test codes, prices and checkout", description: "Every code and product in a staging checkout.", estimateHours: 4, requiredSkills: ["web"], priority: "critical" },
      { title: "Load-test the site for peak traffic", description: "Expected peak plus headroom with the web team.", estimateHours: 4, requiredSkills: ["web"], priority: "high" },
      { title: "Check tracking and the sales dashboard", description: "Revenue by channel and code, live.", estimateHours: 2, requiredSkills: ["analytics"], priority: "medium" },
    ]),
    ...tasksOf("launch", [
      { title: "Switch the promotion on", description: "Prices, banners, emails and ads go live together.", estimateHours: 2, requiredSkills: ["web", "email", "paid_media"], priority: "critical" },
      { title: "Monitor sales and site health", description: "Revenue, stock and errors through the day.", estimateHours: 4, requiredSkills: ["analytics"], priority: "high" },
    ]),
    ...tasksOf("results", [
      { title: "Report revenue and margin", description: "Against target, by channel and code.", estimateHours: 4, requiredSkills: ["analytics"], priority: "medium" },
      { title: "Run the promo retrospective", description: "Lessons and a plan for next season.", estimateHours: 2, requiredSkills: ["project_management"], priority: "low" },
    ]),
  ],
};
