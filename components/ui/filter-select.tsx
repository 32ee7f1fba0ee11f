import { Select } from "./field";

/** A labelled filter dropdown: an "all" choice (empty value) followed by [value, label] options. */
export function FilterSelect({ id, name, label, options, all, value, onChange, className = "min-w-0" }: {
  id: string; name: string; label: string; options: readonly [string, string][]; all: string; value: string;
  onChange: () => void; className?: string;
}) {
  return (
    <div className={className}>
      <label htmlFor={id} className="mb-1 block text-xs font-medium text-slate-600">{label}</label>
      <Select id={id} name={name} defaultValue={value} onChange={onChange}>
        <option value="">{all}</option>
        {options.map(([v, l]) => <option key={v} value={v}>{l}</option>)}
      </Select>
    </div>
  );
}
