import { useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { FieldError, Group, Input, Label, TextField } from 'react-aria-components';
import {
  numberInputText,
  readNumberInput,
  type NumberReading,
  type NumberRule,
} from '../../shared/i18n/numberInput.js';
import { useTranslator } from '../i18n/useT.js';
import { PlainButton } from './PlainButton.js';
import { LabelText } from './LabelText.js';

interface Props {
  label: string;
  /** The label as a screen reader says it, where the visible one leaves out whose field it is (LabelText). */
  spokenLabel?: string;
  /** The value the field starts with (null: empty). Give the field a `key` to follow a stored value. */
  value: number | null;
  rule: NumberRule;
  /** Every change of the text, read by the rule: for a form that saves with a button. */
  onChange?: (reading: NumberReading) => void;
  /** On leaving the field, when the text is a number the rule allows and differs from `value`. */
  onCommit?: (value: number | null) => void;
  /** Shows − and + buttons for mouse and touch, out of the Tab order as react-aria's were; the arrow keys step. */
  step?: number;
  placeholder?: string;
  testId?: string;
  /** Focused when it appears, its text selected: what is typed replaces the prefilled number. */
  autoFocus?: boolean;
  className?: string;
}

/**
 * The one number field of the planner. It reads what is typed with `readNumberInput`,
 * so "7,5" and "7.5" both mean seven and a half in either language, and writes numbers
 * in the app's language, not the browser's (react-aria's NumberField follows the
 * browser's locale and read "7.5" in a Dutch browser as 75). A number the rule refuses
 * (above the maximum, say) is not clamped or dropped silently: it stays in the field
 * with the reason beside it, and nothing is saved.
 */
export function NumberInput(props: Props) {
  const { label, spokenLabel, value, rule, onChange, onCommit, step, placeholder, testId, autoFocus, className } =
    props;
  const { t, render, lang } = useTranslator();
  const [text, setText] = useState(() =>
    value === null || !Number.isFinite(value) ? '' : numberInputText(lang, value),
  );
  const reading = readNumberInput(text, rule);

  const change = (next: string) => {
    setText(next);
    onChange?.(readNumberInput(next, rule));
  };
  const stepBy = (direction: 1 | -1) => {
    if (step === undefined) return;
    const from = reading.ok && reading.value !== null ? reading.value : rule.min;
    let next = Math.round((from + direction * step) / step) * step;
    next = Math.max(rule.min, rule.max === undefined ? next : Math.min(rule.max, next));
    change(numberInputText(lang, next));
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (step === undefined || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    stepBy(event.key === 'ArrowUp' ? 1 : -1);
  };

  // A field that takes the focus by itself (the hours dialog) holds a proposal: typing
  // "16" should give 16, not "2416" after the prefilled 24. Its first focus selects the
  // text (a focus that comes back later, e.g. after a drop, keeps where the person was).
  const selectedOnce = useRef(false);
  const onFocus = (event: FocusEvent<HTMLInputElement>) => {
    if (!autoFocus || selectedOnce.current) return;
    selectedOnce.current = true;
    event.currentTarget.select();
  };

  const input = (
    <Input
      data-testid={testId}
      placeholder={placeholder}
      autoFocus={autoFocus}
      onFocus={onFocus}
      onKeyDown={onKeyDown}
    />
  );
  return (
    <TextField
      className={className ?? 'field'}
      value={text}
      onChange={change}
      inputMode={rule.whole ? 'numeric' : 'decimal'}
      isInvalid={!reading.ok}
      onBlur={() => {
        if (!reading.ok) return;
        // Written back in the app's language, so the person sees how "7.5" was read.
        setText(reading.value === null ? '' : numberInputText(lang, reading.value));
        if (reading.value !== value) onCommit?.(reading.value);
      }}
    >
      <Label>
        <LabelText label={label} spoken={spokenLabel} />
      </Label>
      {step === undefined ? (
        input
      ) : (
        <Group className="number-group">
          <PlainButton
            className="stepper"
            tabIndex={-1}
            aria-label={t('numberInput.decrease', { label: spokenLabel ?? label })}
            onPress={() => stepBy(-1)}
          >
            −
          </PlainButton>
          {input}
          <PlainButton
            className="stepper"
            tabIndex={-1}
            aria-label={t('numberInput.increase', { label: spokenLabel ?? label })}
            onPress={() => stepBy(1)}
          >
            +
          </PlainButton>
        </Group>
      )}
      <FieldError className="field-error">{reading.ok ? '' : render(reading.problem)}</FieldError>
    </TextField>
  );
}
