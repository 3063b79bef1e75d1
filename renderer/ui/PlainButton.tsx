import type { ButtonHTMLAttributes, ReactNode, Ref } from 'react';

interface Props extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'onClick' | 'disabled' | 'type'> {
  /** What the button does: by mouse, touch, Enter or Space, as a native button does. */
  onPress: () => void;
  isDisabled?: boolean;
  children?: ReactNode;
  'data-testid'?: string;
  /** Passed on to the `<button>` (a prop in React 19), e.g. to give it the focus. */
  ref?: Ref<HTMLButtonElement>;
}

/**
 * A native `<button>` for the board's many small buttons (member chips, candidates per gap,
 * the menu and header): the same role, name, focus order and Enter/Space activation as
 * react-aria's Button, which adds press, hover and focus-ring hooks to each of them; with
 * about 80 of them in the board's first render those hooks were a measurable part of it
 * (docs/performance.md, "Sixth round: the board's first render"). Hover and the focus
 * ring come from CSS (`:hover` on devices that can hover, `:focus-visible`), disabled from
 * the `disabled` attribute.
 */
export function PlainButton({ onPress, isDisabled = false, children, ...rest }: Props) {
  return (
    <button type="button" {...rest} disabled={isDisabled} onClick={onPress}>
      {children}
    </button>
  );
}
