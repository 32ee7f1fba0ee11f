import { clsx, type ClassValue } from "clsx";
import { twMerge } from "tailwind-merge";

/** Joins class names; later Tailwind utilities win over earlier conflicting ones (an error ring over the default). */
export function cn(...values: ClassValue[]) {
  return twMerge(clsx(values));
}
