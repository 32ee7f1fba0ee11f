import { tasksOf, type TimelineTemplateData } from "../types";

// About 4½ weeks to air: registration opens early so promotion can run while the deck is written.
export const webinarCampaign: TimelineTemplateData = {
  campaignType: "webinar",
  name: "Webinar",
  description: "A live webinar: topic and speakers, registration and promotion, deck and dry run, then follow-up and the on-demand recording.",
  milestones: [
    { key: "brief", name: "Topic & format", description: "Topic, audience, goal and format agreed.", durationDays: 3, dependsOn: [] },
    { key: "speakers", name: "Speakers & abstract", description: "Speakers confirmed; title and abstract written.", durationDays: 5, dependsOn: ["brief"] },
    { key: "registration", name: "Registration page & platform", description: "Webinar platform set up; registration page live.", durationDays: 4, dependsOn: ["speakers"] },
    { key: "promotion", name: "Promotion", description: "Invitations, social and partner promotion driving registrations.", durationDays: 10, dependsOn: ["registration"] },
    { key: "content", name: "Deck & run of show", description: "Slides, polls and Q&A plan.", durationDays: 8, dependsOn: ["speakers"] },
    { key: "dry_run", name: "Dry run", description: "Rehearsal and tech check with all speakers.", durationDays: 2, dependsOn: ["content", "registration"] },
    { key: "launch", name: "Live webinar", description: "The webinar airs.", durationDays: 1, dependsOn: ["dry_run", "promotion"], isLaunch: true },
    { key: "follow_up", name: "Follow-up & on-demand", description: "Recording published, attendees and no-shows followed up, results reviewed.", durationDays: 4, dependsOn: ["launch"] },
  ],
  tasks: [
    ...tasksOf("brief", [
      { title: "Choose the topic and angle", description: "A question the audience wants answered; working title.", estimateHours: 3, requiredSkills: ["product_marketing"], priority: "high" },
      { title: "Set the registration and attendance goals", description: "Targets from past webinars.", estimateHours: 1, requiredSkills: ["analytics"], priority: "medium" },
    ]),
    ...tasksOf("speakers", [
      { title: "Invite and confirm speakers", description: "Internal expert plus a customer or partner.", estimateHours: 4, requiredSkills: ["events"], priority: "high" },
      { title: "Write the title and abstract", description: "Title, three takeaways and speaker bios.", estimateHours: 2, requiredSkills: ["copywriting"], priority: "high" },
    ]),
    ...tasksOf("registration", [
      { title: "Set up the webinar platform", description: "Event, branding, reminders and recording.", estimateHours: 3, requiredSkills: ["events", "web"], priority: "high" },
      { title: "Build the registration page", description: "Page, form and CRM sync.", estimateHours: 4, requiredSkills: ["web"], priority: "high" },
      { title: "Design the promotional graphics", description: "Speaker cards and banners.", estimateHours: 4, requiredSkills: ["design"], priority: "medium" },
    ]),
    ...tasksOf("promotion", [
      { title: "Send the invitation emails", description: "Invitation, reminder and last chance.", estimateHours: 4, requiredSkills: ["email", "copywriting"], priority: "high" },
      { title: "Promote on social and with partners", description: "Posts from the brand and speakers; partner newsletter.", estimateHours: 4, requiredSkills: ["social"], priority: "medium" },
      { title: "Track registrations", description: "Registrations by source; adjust promotion mid-way.", estimateHours: 2, requiredSkills: ["analytics"], priority: "low" },
    ]),
    ...tasksOf("content", [
      { title: "Write the deck", description: "Story, slides and demo segment.", estimateHours: 10, requiredSkills: ["product_marketing"], priority: "high" },
      { title: "Design the slides", description: "Apply the template; charts and visuals.", estimateHours: 6, requiredSkills: ["design"], priority: "medium" },
      { title: "Prepare polls and seeded questions", description: "Two polls and five questions for Q&A.", estimateHours: 2, requiredSkills: ["copywriting"], priority: "low" },
    ]),
    ...tasksOf("dry_run", [
      { title: "Run the rehearsal", description: "Full run with timings, hand-offs and screen shares.", estimateHours: 2, requiredSkills: ["events"], priority: "high" },
      { title: "Check audio, video and backups", description: "Speaker set-ups and a backup presenter.", estimateHours: 1, requiredSkills: ["events"], priority: "high" },
    ]),
    ...tasksOf("launch", [
      { title: "Host the webinar", description: "Moderate, run polls and Q&A.", estimateHours: 2, requiredSkills: ["events"], priority: "critical" },
      { title: "Monitor chat and questions", description: "Answer in chat; collect questions for follow-up.", estimateHours: 2, requiredSkills: ["product_marketing"], priority: "high" },
    ]),
    ...tasksOf("follow_up", [
      { title: "Publish the on-demand recording", description: "Edited recording on a gated page.", estimateHours: 3, requiredSkills: ["video", "web"], priority: "medium" },
      { title: "Send attendee and no-show emails", description: "Recording, slides and a next step.", estimateHours: 2, requiredSkills: ["email"], priority: "high" },
      { title: "Report attendance and leads", description: "Attendance rate, engagement and leads to sales.", estimateHours: 2, requiredSkills: ["analytics"], priority: "medium" },
    ]),
  ],
};
