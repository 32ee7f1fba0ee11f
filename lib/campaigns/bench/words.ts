// Word lists for the benchmark's synthetic campaigns. Lists are ordered roughly by how often a
// marketing team would use each word, and picked with a skew (see `zipf` in random.ts), so
// full-text search sees common words ("customer", "launch") and rare ones, as in real data.

export const firstNames = [
  "Ava", "Ben", "Chloe", "Dev", "Elena", "Finn", "Grace", "Hugo", "Isla", "Jonas",
  "Kira", "Luca", "Mina", "Noah", "Olga", "Pablo", "Quinn", "Rosa", "Sami", "Tara",
  "Umar", "Vera", "Wes", "Xena", "Yusuf", "Zoe", "Arjun", "Bea", "Carl", "Dana",
];
export const lastNames = [
  "Adams", "Bauer", "Costa", "Dubois", "Evans", "Fischer", "Garcia", "Hansen", "Ito", "Jensen",
  "Kowalski", "Lopez", "Moreau", "Nakamura", "Okafor", "Petrov", "Quist", "Rossi", "Silva", "Tanaka",
];

export const tagPool = [
  "q1", "q2", "q3", "q4", "flagship", "pipeline", "brand", "awareness", "retention", "onboarding",
  "newsletter", "webinar", "events", "partners", "enterprise", "smb", "emea", "apac", "north-america", "latam",
  "holiday", "black-friday", "spring", "summer", "back-to-school", "pricing", "analytics", "mobile", "integrations", "security",
  "privacy", "ai", "customer-stories", "thought-leadership", "seo", "creators", "retargeting", "upsell", "renewals", "launch",
];

export const nameOpeners = [
  "Spring", "Summer", "Autumn", "Winter", "Q1", "Q2", "Q3", "Q4", "Holiday", "Annual",
  "Global", "Regional", "Aurora", "Nimbus", "Atlas", "Beacon", "Horizon", "Pulse", "Summit", "Orbit",
];
export const nameTopics = [
  "product", "analytics", "pricing", "onboarding", "security", "mobile app", "integrations", "partner", "enterprise", "customer",
  "loyalty", "privacy", "AI assistant", "reporting", "checkout", "marketplace", "developer", "retail", "healthcare", "fintech",
];
export const nameNouns: Record<string, string[]> = {
  product_launch: ["launch", "release", "rollout", "go-to-market"],
  email: ["newsletter", "email series", "nurture sequence", "drip campaign"],
  social: ["social push", "creator collab", "LinkedIn series", "Instagram takeover"],
  content: ["report", "e-book", "blog series", "guide"],
  event: ["summit", "roadshow", "meetup", "trade show booth"],
  webinar: ["webinar", "live demo", "panel", "workshop"],
  paid_ads: ["retargeting", "search ads", "display burst", "paid social"],
  seasonal_promo: ["sale", "promo", "gift guide", "flash deal"],
};

export const verbs = [
  "Reach", "Engage", "Convert", "Re-activate", "Educate", "Invite", "Win back", "Upsell", "Onboard", "Nurture",
  "Delight", "Survey", "Retarget", "Welcome", "Inform",
];
export const audiences = [
  "trial users", "mid-market prospects", "existing customers", "enterprise accounts", "developers", "partners",
  "small business owners", "lapsed customers", "marketing leaders", "IT buyers", "students", "agencies",
  "finance teams", "retail shoppers", "healthcare providers",
];
export const assets = [
  "a landing page", "three emails", "short-form video", "a customer story", "a product demo", "paid social ads",
  "a live webinar", "an interactive calculator", "a benchmark report", "a partner bundle", "SMS reminders",
  "a podcast episode", "an in-app banner", "printed brochures", "a referral offer",
];
export const themes = [
  "the new analytics module", "pricing tiers", "faster onboarding", "data privacy", "the mobile app", "customer success",
  "integrations with CRM tools", "the AI assistant", "security certifications", "year-end savings", "sustainability",
  "the partner programme", "quarterly product updates", "accessibility", "cost reduction", "regional expansion",
  "the loyalty programme", "custom dashboards", "self-serve checkout", "open APIs",
];
export const closers = [
  "Success is measured by qualified leads.",
  "Budget shifts to the best-performing channel after week two.",
  "Creative reuses the brand refresh assets.",
  "Legal review is needed for claims about compliance.",
  "Sales follows up within 48 hours.",
  "Results feed next quarter's planning.",
  "Localised for German, French and Spanish markets.",
  "Includes an A/B test of subject lines and calls to action.",
  "Customer feedback from the last survey shaped the messaging.",
  "Coordinated with the product team's release calendar.",
];
