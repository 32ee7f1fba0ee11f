import type { CampaignPriority, CampaignStatus, CampaignType, Channel } from "@/db/schema/values";

export const statusLabels: Record<CampaignStatus, string> = {
  planning: "Planning",
  in_review: "In review",
  approved: "Approved",
  scheduled: "Scheduled",
  live: "Live",
  paused: "Paused",
  completed: "Completed",
  cancelled: "Cancelled",
};

export const typeLabels: Record<CampaignType, string> = {
  product_launch: "Product launch",
  email: "Email",
  social: "Social",
  content: "Content",
  event: "Event",
  webinar: "Webinar",
  paid_ads: "Paid ads",
  seasonal_promo: "Seasonal promo",
};

export const priorityLabels: Record<CampaignPriority, string> = {
  low: "Low",
  medium: "Medium",
  high: "High",
  critical: "Critical",
};

export const channelLabels: Record<Channel, string> = {
  email: "Email",
  social: "Social",
  paid_search: "Paid search",
  paid_social: "Paid social",
  display: "Display",
  content: "Content",
  seo: "SEO",
  events: "Events",
  webinar: "Webinar",
  pr: "PR",
  sms: "SMS",
  partners: "Partners",
};
