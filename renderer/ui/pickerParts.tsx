import type { ReactNode } from 'react';
import { Button, ListBox, ListBoxItem, Popover } from 'react-aria-components';

/** One choice of a picker: what is stored and what is shown. */
export interface PickerOption {
  id: string;
  label: string;
}

/** The chevron inside a picker's field that opens the whole list, named by the caller. */
export function PickerShowAllButton({ label }: { label: string }) {
  return (
    <Button className="search-picker-button" aria-label={label}>
      <span aria-hidden="true" className="chevron">
        ▾
      </span>
    </Button>
  );
}

/** A picker's list of options under its field (react-aria's ComboBox fills and filters it). */
export function PickerOptions({ renderEmptyState }: { renderEmptyState?: () => ReactNode }) {
  return (
    <Popover className="popover">
      <ListBox className="listbox" {...(renderEmptyState ? { renderEmptyState } : {})}>
        {(option: PickerOption) => (
          <ListBoxItem id={option.id} className="listbox-item" textValue={option.label}>
            {option.label}
          </ListBoxItem>
        )}
      </ListBox>
    </Popover>
  );
}
