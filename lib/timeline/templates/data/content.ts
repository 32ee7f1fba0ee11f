import { tasksOf, type TimelineTemplateData } from "../types";

// About 7 weeks to publish: one research-and-writing spine, then design, gating and promotion in parallel.
export const contentCampaign: TimelineTemplateData = {
  campaignType: "content",
  name: "Content campaign",
  description: "A flagship content piece (report, e-book or guide): research, drafting and review, then design, a gated landing page and a promotion kit.",
  milestones: [
    { key: "brief", name: "Content brief", description: "Topic, audience, keyword targets and format agreed.", durationDays: 4, dependsOn: [] },
    { key: "research", name: "Research", description: "Survey data, interviews and sources collected.", durationDays: 10, dependsOn: ["brief"] },
    { key: "draft", name: "Draft", description: "Full draft with charts specified.", durationDays: 8, dependsOn: ["research"] },
    { key: "review", name: "Editorial & legal review", description: "Edited, fact-checked and cleared by legal.", durationDays: 4, dependsOn: ["draft"] },
    { key: "design", name: "Design & layout", description: "Designed PDF or web version with charts.", durationDays: 6, dependsOn: ["review"] },
    { key: "landing_page", name: "Landing page & gating", description: "Gated download page, form and nurture hand-off.", durationDays: 4, dependsOn: ["review"] },
    { key: "promotion", name: "Promotion kit", description: "Emails, social posts, PR pitch and sales snippets.", durationDays: 5, dependsOn: ["review"] },
    { key: "qa", name: "Final QA", description: "Assets, links and tracking checked.", durationDays: 2, dependsOn: ["design", "landing_page", "promotion"] },
    { key: "launch", name: "Publish", description: "The piece is published and promoted.", durationDays: 1, dependsOn: ["qa"], isLaunch: true },
    { key: "results", name: "Performance review", description: "Downloads, leads and coverage against the goal.", durationDays: 5, dependsOn: ["launch"] },
  ],
  tasks: [
    ...tasksOf("brief", [
      { title: "Write the content brief", description: "Angle, audience, format, goal and distribution.", estimateHours: 4, requiredSkills: ["copywriting", "product_marketing"], priority: "high" },
      { title: "Do keyword and topic research", description: "Search demand and competing content.", estimateHours: 4, requiredSkills: ["seo"], priority: "medium" },
    ]),
    ...tasksOf("research", [
      { title: "Run the survey or collect data", description: "Questionnaire, fieldwork and clean data set.", estimateHours: 16, requiredSkills: ["analytics"], priority: "high" },
      { title: "Interview subject-matter experts", description: "Four to six interviews, transcribed.", estimateHours: 10, requiredSkills: ["copywriting"], priority: "medium" },
      { title: "Analyse findings", description: "Key stats and headline insights.", estimateHours: 8, requiredSkills: ["analytics"], priority: "high" },
    ]),
    ...tasksOf("draft", [
      { title: "Write the outline", description: "Structure and the story of the piece.", estimateHours: 3, requiredSkills: ["copywriting"], priority: "high" },
      { title: "Write the full draft", description: "All sections with chart specifications.", estimateHours: 24, requiredSkills: ["copywriting"], priority: "high" },
    ]),
    ...tasksOf("review", [
      { title: "Edit and fact-check", description: "Copy edit, figures checked against sources.", estimateHours: 6, requiredSkills: ["copywriting"], priority: "high" },
      { title: "Legal review", description: "Claims, quotes and data permissions.", estimateHours: 3, requiredSkills: ["legal"], priority: "high" },
    ]),
    ...tasksOf("design", [
      { title: "Design the layout and charts", description: "Cover, spreads and data visualisations.", estimateHours: 20, requiredSkills: ["design"], priority: "high" },
      { title: "Publish a web version", description: "HTML version or article series for SEO.", estimateHours: 8, requiredSkills: ["web", "seo"], priority: "medium" },
    ]),
    ...tasksOf("landing_page", [
      { title: "Write landing page copy", description: "Teaser of the findings and form copy.", estimateHours: 3, requiredSkills: ["copywriting", "seo"], priority: "medium" },
      { title: "Build the gated page and form", description: "Form, CRM sync and thank-you email.", estimateHours: 6, requiredSkills: ["web", "email"], priority: "high" },
    ]),
    ...tasksOf("promotion", [
      { title: "Write the promotion emails", description: "Launch email and a follow-up.", estimateHours: 4, requiredSkills: ["email", "copywriting"], priority: "medium" },
      { title: "Create social posts and stat cards", description: "A week of posts with chart snippets.", estimateHours: 6, requiredSkills: ["social", "design"], priority: "medium" },
      { title: "Pitch the findings to press", description: "Pitch and exclusive stats for target outlets.", estimateHours: 5, requiredSkills: ["pr"], priority: "medium" },
      { title: "Share a sales snippet", description: "Three talking points and the link for sales.", estimateHours: 2, requiredSkills: ["sales_enablement"], priority: "low" },
    ]),
    ...tasksOf("qa", [
      { title: "Check assets, links and tracking", description: "Download works, leads reach the CRM, UTMs set.", estimateHours: 3, requiredSkills: ["web", "analytics"], priority: "high" },
      { title: "Proofread the final files", description: "Last read of the designed piece and every promotion asset.", estimateHours: 3, requiredSkills: ["copywriting"], priority: "high" },
    ]),
    ...tasksOf("launch", [
      { title: "Publish and send the promotion", description: "Page live, emails sent, posts published.", estimateHours: 3, requiredSkills: ["web", "email", "social"], priority: "critical" },
      { title: "Follow up with press", description: "Send the piece to journalists who showed interest.", estimateHours: 2, requiredSkills: ["pr"], priority: "medium" },
    ]),
    ...tasksOf("results", [
      { title: "Report downloads, leads and coverage", description: "Against the brief's goal.", estimateHours: 4, requiredSkills: ["analytics"], priority: "medium" },
      { title: "Plan derivative content", description: "Blog posts, webinar or talk from the findings.", estimateHours: 2, requiredSkills: ["copywriting"], priority: "low" },
    ]),
  ],
};
