import { cn } from "./cn";

export const controlClass =
  "block w-full rounded-md border-0 bg-white px-3 py-1.5 text-sm text-slate-900 shadow-sm ring-1 ring-inset ring-slate-300 placeholder:text-slate-400 focus:ring-2 focus:ring-inset focus:ring-brand-500 disabled:bg-slate-50 disabled:text-slate-500";

export const invalidClass = "ring-red-400 focus:ring-red-500";

/** A labelled control with its hint and its error in place; the error is tied to the control for screen readers. */
export function Field({ id, label, hint, error, children, className }: {
  id: string; label: string; hint?: string; error?: string[] | string; children: React.ReactNode; className?: string;
}) {
  const message = Array.isArray(error) ? error[0] : error;
  return (
    <div className={cn("space-y-1", className)}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">{label}</label>
      {children}
      {message ? (
        <p id={`${id}-error`} className="text-sm text-red-600" role="alert">{message}</p>
      ) : hint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-500">{hint}</p>
      ) : null}
    </div>
  );
}

export function fieldAria(id: string, error?: string[] | string) {
  const has = Array.isArray(error) ? error.length > 0 : Boolean(error);
  return { id, name: id, "aria-invalid": has || undefined, "aria-describedby": has ? `${id}-error` : undefined };
}

export function Input({ className, invalid, ...props }: React.InputHTMLAttributes<HTMLInputElement> & { invalid?: boolean }) {
  return <input className={cn(controlClass, invalid && invalidClass, className)} {...props} />;
}

export function Textarea({ className, invalid, ...props }: React.TextareaHTMLAttributes<HTMLTextAreaElement> & { invalid?: boolean }) {
  return <textarea className={cn(controlClass, invalid && invalidClass, className)} {...props} />;
}

export function Select({ className, invalid, ...props }: React.SelectHTMLAttributes<HTMLSelectElement> & { invalid?: boolean }) {
  return <select className={cn(controlClass, "pr-8", invalid && invalidClass, className)} {...props} />;
}
