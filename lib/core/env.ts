import { z } from "zod";

// Development works with no configuration at all; production must be told its secrets.
const DEV_AUTH_SECRET = "campaign-manager-development-secret-do-not-use-in-production";

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/.+/, "must be a postgres:// or postgresql:// URL")
    .optional(),
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters (try: openssl rand -base64 32)").optional(),
  APP_URL: z.url("must be an absolute URL such as https://campaigns.example.com").optional(),
  DATA_DIR: z.string().min(1).default(".data"),
  READINESS_GO_LIVE_THRESHOLD: z.coerce.number().int().min(0).max(100).default(80),
});

export type Env = Omit<z.infer<typeof envSchema>, "AUTH_SECRET"> & { AUTH_SECRET: string; APP_URL: string };

export class ConfigError extends Error {}

let cached: Env | undefined;

/** Reads and validates configuration once; throws a ConfigError whose message is one line naming the variable. */
export function env(): Env {
  if (cached) return cached;
  const raw = Object.fromEntries(
    Object.entries(process.env).filter(([, v]) => v !== undefined && v !== ""),
  );
  const parsed = envSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(`Configuration error: ${String(issue.path[0])} ${issue.message}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === "production";
  if (production && !e.AUTH_SECRET) {
    throw new ConfigError("Configuration error: AUTH_SECRET is required in production (try: openssl rand -base64 32)");
  }
  if (production && !e.DATABASE_URL && process.env.ALLOW_EMBEDDED_DB_IN_PRODUCTION !== "1") {
    throw new ConfigError("Configuration error: DATABASE_URL is required in production (postgres://user:password@host:5432/db)");
  }
  cached = {
    ...e,
    AUTH_SECRET: e.AUTH_SECRET ?? DEV_AUTH_SECRET,
    APP_URL: e.APP_URL ?? "http://localhost:3000",
  };
  return cached;
}

/** For tests that change process.env. */
export function resetEnvCache() {
  cached = undefined;
}
