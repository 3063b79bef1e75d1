import { type KeyboardEvent, type MouseEvent, type Ref, useContext } from 'react';
import { ComboBox, ComboBoxStateContext, Input, Label } from 'react-aria-components';
import { containsSearch } from '../../shared/i18n/searchText.js';
import { type PickerOption, PickerOptions, PickerShowAllButton } from './pickerParts.js';

export interface SearchPickerFieldProps {
  label: string;
  options: readonly PickerOption[];
  value: string | null;
  onChange: (id: string) => void;
  placeholder?: string;
  /** The name of the button beside the field that opens the whole list. */
  showAllLabel: string;
  /** The line shown instead of an empty list, given what was typed. */
  noMatch: (typed: string) => string;
  testId?: string;
  /** The text field (LazySearchPickerField focuses or presses it when it takes over). */
  inputRef?: Ref<HTMLInputElement>;
}

/**
 * A single choice among many (the header's team picker, 200 teams in a region): react-aria's
 * ComboBox, so typing any part of a name narrows the list (the app's one search rule,
 * containsSearch), arrows and Enter choose, Escape or leaving the field puts back the chosen
 * name. A click on the field opens the whole list, as the select it replaced did.
 */
export function SearchPickerField({
  label,
  options,
  value,
  onChange,
  placeholder,
  showAllLabel,
  noMatch,
  testId,
  inputRef,
}: SearchPickerFieldProps) {
  return (
    <ComboBox
      className="field search-picker"
      defaultItems={options}
      selectedKey={value}
      onSelectionChange={(key) => key !== null && key !== value && onChange(String(key))}
      defaultFilter={containsSearch}
      allowsEmptyCollection
      data-testid={testId}
    >
      <Label className="field-label">{label}</Label>
      <div className="search-picker-box">
        {/* The chosen name whole as the tooltip: the field cuts a long one short with "…". */}
        <PickerInput
          placeholder={placeholder ?? ''}
          inputRef={inputRef}
          title={options.find((option) => option.id === value)?.label}
        />
        {/* Our own name, not react-aria's, so the look-alike can say the same before the hand-over. */}
        <PickerShowAllButton label={showAllLabel} />
      </div>
      <PickerOptions renderEmptyState={() => <NoMatch noMatch={noMatch} />} />
    </ComboBox>
  );
}

/**
 * The text field; a click opens the whole list with the name selected, so typing replaces it.
 * Enter after typing, with no option highlighted, chooses the first one the search found: a
 * user who types "noord" and presses Enter means the team listed first (react-aria clears the
 * highlight on every keystroke, and would otherwise just close the list and put back the name).
 */
function PickerInput({
  placeholder,
  inputRef,
  title,
}: {
  placeholder: string;
  inputRef?: Ref<HTMLInputElement> | undefined;
  title: string | undefined;
}) {
  const state = useContext(ComboBoxStateContext);
  const openAll = (event: MouseEvent<HTMLInputElement>) => {
    if (!state || state.isOpen) return;
    event.currentTarget.select();
    state.open(null, 'manual');
  };
  const chooseFirstFound = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter' || !state?.isOpen || state.selectionManager.focusedKey !== null) return;
    const first = state.collection.getFirstKey();
    if (first !== null) state.setSelectedKey(first);
  };
  return (
    <Input
      className="search-picker-input"
      placeholder={placeholder}
      ref={inputRef}
      title={title}
      onClick={openAll}
      onKeyDown={chooseFirstFound}
    />
  );
}

function NoMatch({ noMatch }: { noMatch: (typed: string) => string }) {
  const state = useContext(ComboBoxStateContext);
  return <div className="listbox-empty">{noMatch(state?.inputValue.trim() ?? '')}</div>;
}
