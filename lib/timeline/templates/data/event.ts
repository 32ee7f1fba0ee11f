import { tasksOf, type TimelineTemplateData } from "../types";

// About 10½ weeks to event day: venue, agenda and branding start together; promotion waits for registration.
export const eventCampaign: TimelineTemplateData = {
  campaignType: "event",
  name: "Event",
  description: "An in-person event or conference: venue and vendors, agenda and speakers, branding, registration, promotion and logistics, then follow-up.",
  milestones: [
    { key: "brief", name: "Event brief & budget", description: "Goals, audience, format, size and budget approved.", durationDays: 5, dependsOn: [] },
    { key: "venue", name: "Venue & vendors", description: "Venue contracted; catering, AV and production booked.", durationDays: 15, dependsOn: ["brief"] },
    { key: "agenda", name: "Agenda & speakers", description: "Sessions and speakers confirmed.", durationDays: 20, dependsOn: ["brief"] },
    { key: "branding", name: "Event branding", description: "Event identity, signage and templates.", durationDays: 10, dependsOn: ["brief"] },
    { key: "registration", name: "Registration site", description: "Event site, ticketing and confirmation emails live.", durationDays: 8, dependsOn: ["venue", "branding"] },
    { key: "promotion", name: "Promotion", description: "Invitations, social, paid and PR driving registrations.", durationDays: 20, dependsOn: ["registration", "agenda"] },
    { key: "logistics", name: "Logistics & run of show", description: "Run of show, staffing, travel and materials.", durationDays: 10, dependsOn: ["venue", "agenda"] },
    { key: "final_prep", name: "Rehearsal & on-site prep", description: "Speaker rehearsals, build-up and final checks.", durationDays: 3, dependsOn: ["logistics", "promotion"] },
    { key: "launch", name: "Event day", description: "The event takes place.", durationDays: 1, dependsOn: ["final_prep"], isLaunch: true },
    { key: "follow_up", name: "Follow-up & retrospective", description: "Leads followed up, content shared, results reviewed.", durationDays: 5, dependsOn: ["launch"] },
  ],
  tasks: [
    ...tasksOf("brief", [
      { title: "Write the event brief", description: "Goals, audience, format, capacity and KPIs.", estimateHours: 6, requiredSkills: ["events"], priority: "high" },
      { title: "Build the event budget", description: "Line items with a contingency of 10 %.", estimateHours: 4, requiredSkills: ["events", "project_management"], priority: "high" },
    ]),
    ...tasksOf("venue", [
      { title: "Shortlist and visit venues", description: "Three options against capacity, access and cost.", estimateHours: 12, requiredSkills: ["events"], priority: "high" },
      { title: "Negotiate and sign the venue contract", description: "Dates, minimums, cancellation terms.", estimateHours: 4, requiredSkills: ["events", "legal"], priority: "critical" },
      { title: "Book catering, AV and production", description: "Quotes, selection and contracts.", estimateHours: 10, requiredSkills: ["events"], priority: "high" },
    ]),
    ...tasksOf("agenda", [
      { title: "Draft the agenda", description: "Tracks, sessions and timings.", estimateHours: 6, requiredSkills: ["events", "product_marketing"], priority: "high" },
      { title: "Invite and confirm speakers", description: "Invitations, agreements and bios.", estimateHours: 10, requiredSkills: ["events"], priority: "high" },
      { title: "Collect speaker content", description: "Abstracts, headshots and slides by deadline.", estimateHours: 6, requiredSkills: ["project_management"], priority: "medium" },
    ]),
    ...tasksOf("branding", [
      { title: "Design the event identity", description: "Logo lock-up, colours and key visual.", estimateHours: 12, requiredSkills: ["design"], priority: "high" },
      { title: "Design signage and slide templates", description: "Stage, wayfinding, badges and slides.", estimateHours: 10, requiredSkills: ["design"], priority: "medium" },
    ]),
    ...tasksOf("registration", [
      { title: "Build the event site", description: "Agenda, speakers, venue and FAQ pages.", estimateHours: 12, requiredSkills: ["web", "copywriting"], priority: "high" },
      { title: "Set up ticketing and confirmations", description: "Ticket types, payment, confirmation and reminder emails.", estimateHours: 6, requiredSkills: ["web", "email"], priority: "high" },
    ]),
    ...tasksOf("promotion", [
      { title: "Send the invitation sequence", description: "Save the date, invitation and two reminders.", estimateHours: 8, requiredSkills: ["email", "copywriting"], priority: "high" },
      { title: "Run social and paid promotion", description: "Speaker announcements and paid social to lookalikes.", estimateHours: 10, requiredSkills: ["social", "paid_media"], priority: "medium" },
      { title: "Secure media partners and press", description: "Media partnerships and press passes.", estimateHours: 6, requiredSkills: ["pr"], priority: "medium" },
      { title: "Track registrations weekly", description: "Registrations against target by source.", estimateHours: 4, requiredSkills: ["analytics"], priority: "medium" },
    ]),
    ...tasksOf("logistics", [
      { title: "Write the run of show", description: "Minute-by-minute plan with cues and owners.", estimateHours: 8, requiredSkills: ["events", "project_management"], priority: "high" },
      { title: "Arrange staffing and travel", description: "Staff rota, speaker travel and hotels.", estimateHours: 8, requiredSkills: ["events"], priority: "medium" },
      { title: "Order printed materials and swag", description: "Badges, signage and giveaways delivered on time.", estimateHours: 4, requiredSkills: ["events", "design"], priority: "medium" },
    ]),
    ...tasksOf("final_prep", [
      { title: "Rehearse with speakers", description: "Tech check and timing for every session.", estimateHours: 6, requiredSkills: ["events"], priority: "critical" },
      { title: "Supervise the venue build", description: "Stage, AV, signage and registration desk.", estimateHours: 8, requiredSkills: ["events"], priority: "high" },
    ]),
    ...tasksOf("launch", [
      { title: "Run the event", description: "Follow the run of show; handle issues on site.", estimateHours: 10, requiredSkills: ["events", "project_management"], priority: "critical" },
      { title: "Cover the event on social", description: "Live posts, photos and speaker quotes.", estimateHours: 6, requiredSkills: ["social"], priority: "medium" },
      { title: "Capture leads at the event", description: "Badge scans and meeting notes into the CRM.", estimateHours: 4, requiredSkills: ["sales_enablement"], priority: "high" },
    ]),
    ...tasksOf("follow_up", [
      { title: "Send follow-up emails", description: "Thank-you, recordings and next steps by segment.", estimateHours: 4, requiredSkills: ["email"], priority: "high" },
      { title: "Hand leads to sales", description: "Scored leads with context to account owners.", estimateHours: 3, requiredSkills: ["sales_enablement"], priority: "high" },
      { title: "Report results and run the retrospective", description: "Attendance, leads, cost per lead and lessons.", estimateHours: 5, requiredSkills: ["analytics", "project_management"], priority: "medium" },
    ]),
  ],
};
