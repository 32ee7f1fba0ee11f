import { headers } from "next/headers";
import { env } from "@/lib/core/env";

const HOST = /^[a-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-f:]+\](:\d{1,5})?$/i;

/**
 * The address people reach this app at, as the current request saw it (so links work behind a proxy
 * or on another port); APP_URL when the request does not say.
 */
export async function requestOrigin(): Promise<string> {
  const fallback = new URL(env().APP_URL);
  const h = await headers();
  const host = (h.get("x-forwarded-host") ?? h.get("host"))?.split(",")[0]?.trim();
  if (!host || !HOST.test(host)) return fallback.origin;
  const proto = h.get("x-forwarded-proto")?.split(",")[0]?.trim();
  return `${proto === "http" || proto === "https" ? proto : fallback.protocol.replace(":", "")}://${host}`;
}
