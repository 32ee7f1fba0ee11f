import { format, formatDistanceToNowStrict, parseISO } from "date-fns";

export function formatMoney(cents: number, currency: string) {
  try {
    return new Intl.NumberFormat("en-US", { style: "currency", currency, maximumFractionDigits: cents % 100 === 0 ? 0 : 2 }).format(cents / 100);
  } catch {
    return `${(cents / 100).toLocaleString("en-US")} ${currency}`;
  }
}

export function formatCount(n: number) {
  return new Intl.NumberFormat("en-US", { notation: n >= 100_000 ? "compact" : "standard" }).format(n);
}

/** "2027-02-01" → "Feb 1, 2027" (dates are calendar days, no time zone) */
export function formatDay(iso: string | null | undefined) {
  return iso ? format(parseISO(iso), "MMM d, yyyy") : "—";
}

export function formatDateTime(d: Date | string) {
  return format(typeof d === "string" ? parseISO(d) : d, "MMM d, yyyy 'at' HH:mm");
}

export function formatAgo(d: Date | string) {
  return `${formatDistanceToNowStrict(typeof d === "string" ? parseISO(d) : d)} ago`;
}
