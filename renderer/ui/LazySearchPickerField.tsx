import { SearchPickerField, type SearchPickerFieldProps } from './SearchPickerField.js';
import { SearchPickerLookalike } from './SearchPickerLookalike.js';
import { useHandOver } from './firstUse.js';

/**
 * A SearchPickerField whose react-aria ComboBox is built when the user first comes to it,
 * with a look-alike until then (SearchPickerLookalike): the header's team picker is on every
 * screen from the first frame, and its ComboBox builds a collection of every team at once
 * (200 in a region), for a control used now and then. The hand-over: firstUse.ts.
 */
export function LazySearchPickerField(props: SearchPickerFieldProps) {
  const { firstUse, handOver, target } = useHandOver<HTMLInputElement>();
  if (firstUse === null) return <SearchPickerLookalike {...props} onFirstUse={handOver} />;
  return <SearchPickerField {...props} inputRef={target} />;
}
