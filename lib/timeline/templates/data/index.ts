import type { CampaignType } from "@/db/schema/values";
import type { TimelineTemplateData } from "../types";
import { contentCampaign } from "./content";
import { emailCampaign } from "./email";
import { eventCampaign } from "./event";
import { paidAdsCampaign } from "./paid-ads";
import { productLaunch } from "./product-launch";
import { seasonalPromoCampaign } from "./seasonal-promo";
import { socialCampaign } from "./social";
import { webinarCampaign } from "./webinar";

export type { TemplateMilestoneData, TemplateTaskData, TimelineTemplateData } from "../types";
export { contentCampaign, emailCampaign, eventCampaign, paidAdsCampaign, productLaunch, seasonalPromoCampaign, socialCampaign, webinarCampaign };

/** The shipped template of every campaign type: what seeding writes to the database. */
export const shippedTemplates: Record<CampaignType, TimelineTemplateData> = {
  product_launch: productLaunch,
  email: emailCampaign,
  social: socialCampaign,
  content: contentCampaign,
  event: eventCampaign,
  webinar: webinarCampaign,
  paid_ads: paidAdsCampaign,
  seasonal_promo: seasonalPromoCampaign,
};
