import { useId } from 'react';
import { classNames } from './classNames.js';
import { type SelectFieldProps, valueTooltip } from './SelectField.js';
import { type FirstUse, useFirstUse } from './firstUse.js';

interface Props extends SelectFieldProps {
  onFirstUse: (use: FirstUse) => void;
}

/**
 * What react-aria's closed Select renders (SelectField), as plain elements: the same label,
 * the same button with the same role, name (value, then label), `aria-haspopup` and
 * `aria-expanded`, classes and test id, so the header looks and reads the same. It only
 * waits to be used and hands over before the user can do anything with it (useFirstUse).
 * Not in it: react-aria's hidden native `<select>`, which is hidden from everyone and
 * serves the browser's form autofill, which a team picker never needs.
 */
export function SelectLookalike({
  label,
  options,
  value,
  placeholder,
  className,
  testId,
  isDisabled,
  hideLabel,
  fullValueTooltip,
  onFirstUse,
}: Props) {
  const labelId = useId();
  const valueId = useId();
  const { fieldProps, controlProps } = useFirstUse(onFirstUse);
  const selected = options.find((option) => option.id === value);
  return (
    <div className={classNames('field', 'select', className)} data-testid={testId} {...fieldProps}>
      <span className={hideLabel ? 'visually-hidden' : 'field-label'} id={labelId}>
        {label}
      </span>
      <button
        type="button"
        className="select-button"
        aria-labelledby={`${valueId} ${labelId}`}
        aria-haspopup="listbox"
        aria-expanded="false"
        disabled={isDisabled ?? false}
        {...controlProps}
      >
        <span
          id={valueId}
          className="react-aria-SelectValue"
          data-placeholder={selected ? undefined : true}
          title={valueTooltip({ options, value, fullValueTooltip })}
        >
          {selected?.label ?? placeholder ?? ''}
        </span>
        <span aria-hidden="true" className="chevron">
          ▾
        </span>
      </button>
    </div>
  );
}
