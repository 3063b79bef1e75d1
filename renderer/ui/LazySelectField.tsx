import { SelectField, type SelectFieldProps } from './SelectField.js';
import { SelectLookalike } from './SelectLookalike.js';
import { useHandOver } from './firstUse.js';

/**
 * A SelectField whose react-aria Select is built when the user first comes to it, with a
 * look-alike until then (SelectLookalike). For the header's scenario picker: the board's
 * first render built the Select's collection, hidden tree and hidden native select at every
 * start, one of the larger parts of that render (docs/performance.md, "Sixth round: the
 * board's first render"), for a control used now and then. The hand-over: firstUse.ts.
 */
export function LazySelectField(props: SelectFieldProps) {
  const { firstUse, handOver, target } = useHandOver<HTMLButtonElement>();
  if (firstUse === null) return <SelectLookalike {...props} onFirstUse={handOver} />;
  return <SelectField {...props} buttonRef={target} />;
}
