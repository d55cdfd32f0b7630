'use client';

/** A labelled <select> over a fixed list of values, for role pickers and the like. */
export function ChoiceSelect<T extends string>({
  label,
  value,
  choices,
  onChange,
  disabled,
  labelOf = (v) => v,
}: {
  label: string;
  value: T;
  choices: readonly T[];
  onChange: (value: T) => void;
  disabled?: boolean;
  labelOf?: (value: T) => string;
}) {
  return (
    <select aria-label={label} value={value} disabled={disabled} onChange={(e) => onChange(e.target.value as T)}>
      {choices.map((c) => (
        <option key={c} value={c}>
          {labelOf(c)}
        </option>
      ))}
    </select>
  );
}
