import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Campaign Manager", template: "%s · Campaign Manager" },
  description: "Plan, staff, approve, launch and measure marketing campaigns.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">{children}</body>
    </html>
  );
}
