import { type PointerEvent, type RefObject, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';

/** How the user first came to a look-alike: the real control then takes over. */
export type FirstUse = 'hover' | 'keyboard' | 'focus' | 'press';

/**
 * The moments a look-alike (SelectLookalike, SearchPickerLookalike) hands over, before the
 * user can do anything with it:
 *   - the first key pressed anywhere (before that key can move the focus here),
 *   - a mouse or pen entering it (before it can be pressed),
 *   - as a fallback, focus without a key (a screen reader moving it) or a press without a
 *     hovering pointer (a tap, a screen reader's click).
 * `fieldProps` go on the look-alike's outer element, `controlProps` on what takes the focus.
 */
export function useFirstUse(onFirstUse: (use: FirstUse) => void) {
  const firstUse = useRef(onFirstUse);
  firstUse.current = onFirstUse;
  useEffect(() => {
    // Capture, on the document: before any handler of the page and before Tab moves the focus.
    const onKey = () => firstUse.current('keyboard');
    document.addEventListener('keydown', onKey, true);
    return () => document.removeEventListener('keydown', onKey, true);
  }, []);
  // A tap focuses the control before its click: the click, not the focus, must hand over then.
  const touching = useRef(false);
  return {
    fieldProps: {
      onPointerOver: (event: PointerEvent) => event.pointerType !== 'touch' && onFirstUse('hover'),
    },
    controlProps: {
      onPointerDown: (event: PointerEvent) => (touching.current = event.pointerType === 'touch'),
      onFocus: () => !touching.current && onFirstUse('focus'),
      onClick: () => onFirstUse('press'),
    },
  };
}

/**
 * The lazy side of the hand-over (LazySelectField, LazySearchPickerField): null until the
 * first use, then the real control is rendered synchronously (flushSync), so the next event
 * already reaches it. After focus without a key the real control takes the focus; after a
 * press without a hovering pointer it is pressed too, as a screen reader presses it.
 */
export function useHandOver<T extends HTMLElement>(): {
  firstUse: FirstUse | null;
  handOver: (use: FirstUse) => void;
  target: RefObject<T | null>;
} {
  const [firstUse, setFirstUse] = useState<FirstUse | null>(null);
  const target = useRef<T>(null);
  useLayoutEffect(() => {
    if (firstUse === 'focus' || firstUse === 'press') target.current?.focus();
    if (firstUse !== 'press') return;
    // In a task of its own: react-aria ignores a click dispatched inside the look-alike's.
    const press = setTimeout(() => target.current?.click(), 0);
    return () => clearTimeout(press);
  }, [firstUse]);
  return { firstUse, handOver: (use) => flushSync(() => setFirstUse(use)), target };
}
