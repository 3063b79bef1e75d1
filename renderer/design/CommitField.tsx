import { Input, Label, TextArea, TextField } from 'react-aria-components';

interface Props {
  label: string;
  value: string;
  onCommit: (value: string) => void;
  multiline?: boolean;
  placeholder?: string;
  testId?: string;
  /** Spans the whole row of an editor grid (long free text). */
  wide?: boolean;
}

/**
 * A text field that saves when it loses focus, so one edit is one undo step rather than
 * one per key. Remounts when the stored value changes (undo, another window).
 */
export function CommitField({ label, value, onCommit, multiline, placeholder, testId, wide }: Props) {
  return (
    <TextField
      className={wide ? 'field editor-grid-wide' : 'field'}
      defaultValue={value}
      key={value}
      onBlur={(e) => {
        const next = (e.target as HTMLInputElement).value;
        if (next !== value) onCommit(next);
      }}
    >
      <Label>{label}</Label>
      {multiline ? (
        <TextArea rows={2} placeholder={placeholder} data-testid={testId} />
      ) : (
        <Input placeholder={placeholder} data-testid={testId} />
      )}
    </TextField>
  );
}
