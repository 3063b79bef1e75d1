import { useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { SelectField, type SelectFieldProps } from './SelectField.js';
import { type FirstUse, SelectLookalike } from './SelectLookalike.js';

/**
 * A SelectField whose react-aria Select is built when the user first comes to it, with a
 * look-alike until then (SelectLookalike). For the header's team picker: the board's first
 * render built the Select's collection, hidden tree and hidden native select at every
 * start, one of the larger parts of that render (docs/performance.md, "Sixth round: the
 * board's first render"), for a control used now and then.
 *
 * The hand-over is synchronous (flushSync), so the next event already reaches the real
 * Select: after a key or a hovering pointer nothing more is needed; after focus without a
 * key the real button takes the focus; after a press without a hovering pointer (a tap, a
 * screen reader's click) it is pressed, as a screen reader presses it, and opens.
 */
export function LazySelectField(props: SelectFieldProps) {
  const [firstUse, setFirstUse] = useState<FirstUse | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => {
    if (firstUse === 'focus' || firstUse === 'press') button.current?.focus();
    if (firstUse !== 'press') return;
    // In a task of its own: react-aria ignores a click dispatched inside the look-alike's.
    const press = setTimeout(() => button.current?.click(), 0);
    return () => clearTimeout(press);
  }, [firstUse]);
  if (firstUse === null) return <SelectLookalike {...props} onFirstUse={(use) => flushSync(() => setFirstUse(use))} />;
  return <SelectField {...props} buttonRef={button} />;
}
