import { useId } from 'react';
import type { SearchPickerFieldProps } from './SearchPickerField.js';
import { type FirstUse, useFirstUse } from './firstUse.js';

interface Props extends SearchPickerFieldProps {
  onFirstUse: (use: FirstUse) => void;
}

/**
 * What react-aria's closed ComboBox renders (SearchPickerField), as plain elements: the same
 * label, the same text field with the same role, name, value and `aria-` attributes, the
 * same button beside it (out of the tab order, as react-aria's), classes and test id, so the
 * header looks and reads the same. It hands over before the user can do anything with it
 * (useFirstUse): the first key anywhere hands over, so no key ever types into this field.
 */
export function SearchPickerLookalike({ label, options, value, placeholder, showAllLabel, testId, onFirstUse }: Props) {
  const labelId = useId();
  const inputId = useId();
  const buttonId = useId();
  const { fieldProps, controlProps } = useFirstUse(onFirstUse);
  const selected = options.find((option) => option.id === value);
  return (
    <div className="field search-picker" data-testid={testId} {...fieldProps}>
      <label className="field-label" id={labelId} htmlFor={inputId}>
        {label}
      </label>
      <div className="search-picker-box">
        <input
          type="text"
          id={inputId}
          className="search-picker-input"
          role="combobox"
          aria-expanded="false"
          aria-autocomplete="list"
          autoComplete="off"
          autoCorrect="off"
          spellCheck="false"
          placeholder={placeholder ?? ''}
          value={selected?.label ?? ''}
          title={selected?.label}
          onChange={() => undefined}
          {...controlProps}
        />
        <button
          type="button"
          id={buttonId}
          className="search-picker-button"
          tabIndex={-1}
          aria-label={showAllLabel}
          aria-labelledby={`${buttonId} ${labelId}`}
          aria-haspopup="listbox"
          aria-expanded="false"
          {...controlProps}
        >
          <span aria-hidden="true" className="chevron">
            ▾
          </span>
        </button>
      </div>
    </div>
  );
}
