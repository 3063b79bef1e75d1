import type { Ref } from 'react';
import { Button, Label, ListBox, ListBoxItem, Popover, Select, SelectValue } from 'react-aria-components';
import { classNames } from './classNames.js';
import { LabelText } from './LabelText.js';

interface SelectOption {
  id: string;
  label: string;
}

export interface SelectFieldProps {
  label: string;
  /** The label as a screen reader says it, where the visible one leaves out whose field it is (LabelText). */
  spokenLabel?: string;
  options: readonly SelectOption[];
  value: string | null;
  onChange: (id: string) => void;
  placeholder?: string;
  className?: string;
  testId?: string;
  isDisabled?: boolean;
  /** Keeps the label for screen readers only, e.g. in a table row whose header already says it. */
  hideLabel?: boolean;
  /** The button that opens the list (LazySelectField focuses or presses it when it takes over). */
  buttonRef?: Ref<HTMLButtonElement>;
  /** Where the button cuts a long choice short with "…" (the header): the whole choice as the tooltip of its text. */
  fullValueTooltip?: boolean;
}

/** The tooltip of a select's button: the whole chosen option, where the button may cut it short. */
export function valueTooltip(
  props: Pick<SelectFieldProps, 'options' | 'value' | 'fullValueTooltip'>,
): string | undefined {
  if (!props.fullValueTooltip) return undefined;
  return props.options.find((option) => option.id === props.value)?.label;
}

/** A labelled single-choice list on react-aria's Select: keyboard, typeahead and screen readers come with it. */
export function SelectField({
  label,
  spokenLabel,
  options,
  value,
  onChange,
  placeholder,
  className,
  testId,
  isDisabled,
  hideLabel,
  buttonRef,
  fullValueTooltip,
}: SelectFieldProps) {
  return (
    <Select
      className={classNames('field', 'select', className)}
      selectedKey={value}
      onSelectionChange={(key) => key !== null && onChange(String(key))}
      placeholder={placeholder ?? ''}
      isDisabled={isDisabled ?? false}
      data-testid={testId}
    >
      <Label className={hideLabel ? 'visually-hidden' : 'field-label'}>
        <LabelText label={label} spoken={spokenLabel} />
      </Label>
      <Button className="select-button" ref={buttonRef}>
        <SelectValue title={valueTooltip({ options, value, fullValueTooltip })} />
        <span aria-hidden="true" className="chevron">
          ▾
        </span>
      </Button>
      <Popover className="popover">
        <ListBox className="listbox" items={options}>
          {(option) => (
            <ListBoxItem id={option.id} className="listbox-item" textValue={option.label}>
              {option.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  );
}
