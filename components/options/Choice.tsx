interface Props<T extends string> {
  id: string;
  label: string;
  value: T;
  choices: readonly T[];
  /** The text shown for a choice. */
  name: (choice: T) => string;
  onChange: (choice: T) => void;
}

/** A labelled <select> over a fixed list of values. */
export function Choice<T extends string>({ id, label, value, choices, name, onChange }: Props<T>) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value as T)}>
        {choices.map((c) => (
          <option key={c} value={c}>
            {name(c)}
          </option>
        ))}
      </select>
    </div>
  );
}
