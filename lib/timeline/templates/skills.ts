/** The skills a default task can ask for; team members' skills use the same words. */
export const skills = [
  "copywriting",
  "design",
  "web",
  "email",
  "analytics",
  "social",
  "paid_media",
  "events",
  "pr",
  "legal",
  "product_marketing",
  "video",
  "seo",
  "sales_enablement",
  "project_management",
] as const;

export type Skill = (typeof skills)[number];

const known: ReadonlySet<string> = new Set(skills);

export function isSkill(value: string): value is Skill {
  return known.has(value);
}
