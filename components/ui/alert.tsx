import { cn } from "./cn";

export function Alert({ tone = "error", title, children, className }: { tone?: "error" | "info" | "success" | "warning"; title?: string; children: React.ReactNode; className?: string }) {
  const styles = {
    error: "bg-red-50 text-red-800 ring-red-200",
    info: "bg-blue-50 text-blue-800 ring-blue-200",
    success: "bg-green-50 text-green-800 ring-green-200",
    warning: "bg-amber-50 text-amber-900 ring-amber-200",
  }[tone];
  return (
    <div role={tone === "error" ? "alert" : "status"} className={cn("rounded-md px-4 py-3 text-sm ring-1 ring-inset", styles, className)}>
      {title ? <p className="font-medium">{title}</p> : null}
      <div className={title ? "mt-1" : undefined}>{children}</div>
    </div>
  );
}
