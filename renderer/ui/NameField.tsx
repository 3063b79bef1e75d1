import type { ReactNode, Ref } from 'react';
import { FieldError, Input, Label, Text, TextField } from 'react-aria-components';

interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  /** Why this name cannot be used (empty, or taken where a name must be unique); null: it can. */
  problem: string | null;
  /** A warning that does not stop the save (another person of this name); read with the field. */
  warning?: ReactNode;
  testId?: string;
  autoFocus?: boolean;
  inputRef?: Ref<HTMLInputElement>;
}

/**
 * The name field of a person, team or function. What is wrong with a name stays in the
 * field with the reason beside it, as the number fields do (`NumberInput`): nothing
 * quietly comes back or disappears. The caller decides the reason by the one rule of its
 * kind (`withSameName`, `functionWithSameName`).
 */
export function NameField({ label, value, onChange, onBlur, problem, warning, testId, autoFocus, inputRef }: Props) {
  return (
    <TextField className="field" value={value} onChange={onChange} onBlur={onBlur} isInvalid={problem !== null}>
      <Label>{label}</Label>
      <Input data-testid={testId} autoFocus={autoFocus} ref={inputRef} />
      {warning ? (
        <Text slot="description" className="field-warning" role="alert">
          {warning}
        </Text>
      ) : null}
      <FieldError className="field-error">{problem ?? ''}</FieldError>
    </TextField>
  );
}
