import { useEffect, useId, useRef } from 'react';
import { classNames } from './classNames.js';
import type { SelectFieldProps } from './SelectField.js';

/** How the user first came to the field: the real select then takes over (LazySelectField). */
export type FirstUse = 'hover' | 'keyboard' | 'focus' | 'press';

interface Props extends SelectFieldProps {
  onFirstUse: (use: FirstUse) => void;
}

/**
 * What react-aria's closed Select renders (SelectField), as plain elements: the same label,
 * the same button with the same role, name (value, then label), `aria-haspopup` and
 * `aria-expanded`, classes and test id, so the header looks and reads the same. It only
 * waits to be used and hands over before the user can do anything with it:
 *   - the first key pressed anywhere (before that key can move the focus here),
 *   - a mouse or pen entering it (before it can be pressed),
 *   - as a fallback, focus without a key (a screen reader moving it) or a press without a
 *     hovering pointer (a tap, a screen reader's click).
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
  onFirstUse,
}: Props) {
  const labelId = useId();
  const valueId = useId();
  const firstUse = useRef(onFirstUse);
  firstUse.current = onFirstUse;
  useEffect(() => {
    // Capture, on the document: before any handler of the page and before Tab moves the focus.
    const onKey = () => firstUse.current('keyboard');
    document.addEventListener('keydown', onKey, true);
    return () => document.removeEventListener('keydown', onKey, true);
  }, []);
  // A tap focuses the button before its click: the click, not the focus, must hand over then.
  const touching = useRef(false);
  const selected = options.find((option) => option.id === value);
  return (
    <div
      className={classNames('field', 'select', className)}
      data-testid={testId}
      onPointerOver={(event) => event.pointerType !== 'touch' && onFirstUse('hover')}
    >
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
        onPointerDown={(event) => (touching.current = event.pointerType === 'touch')}
        onFocus={() => !touching.current && onFirstUse('focus')}
        onClick={() => onFirstUse('press')}
      >
        <span id={valueId} className="react-aria-SelectValue" data-placeholder={selected ? undefined : true}>
          {selected?.label ?? placeholder ?? ''}
        </span>
        <span aria-hidden="true" className="chevron">
          ▾
        </span>
      </button>
    </div>
  );
}
