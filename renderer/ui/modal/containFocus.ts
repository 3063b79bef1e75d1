const FOCUSABLE = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  '[tabindex]',
].join(', ');

/** In Tab order: focusable, not taken out with tabindex -1 (react-aria's stepper buttons), and rendered. */
function tabbablesIn(container: HTMLElement): HTMLElement[] {
  return Array.from(container.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(
    (element) => element.tabIndex >= 0 && element.getClientRects().length > 0,
  );
}

/**
 * Keeps keyboard focus inside `container` until the returned undo runs, then gives focus
 * back to `restoreTo` (what had it before the modal opened) once the modal is gone. Tab
 * and Shift+Tab wrap around inside, and focus that lands outside anyway (a script such as
 * dnd-kit giving focus back to the dragged card after a keyboard drop, assistive
 * technology) is brought back to where it last was inside, or else to the first element
 * in Tab order.
 */
export function containFocus(container: HTMLElement, restoreTo: Element | null): () => void {
  const doc = container.ownerDocument;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Tab') return;
    const items = tabbablesIn(container);
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return event.preventDefault();
    const active = doc.activeElement;
    if (event.shiftKey && (active === first || !container.contains(active))) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (active === last || !container.contains(active))) {
      event.preventDefault();
      first.focus();
    }
  };
  const active = doc.activeElement;
  let lastInside = active instanceof HTMLElement && container.contains(active) ? active : null;
  const onFocusIn = (event: FocusEvent) => {
    if (!(event.target instanceof HTMLElement)) return;
    if (container.contains(event.target)) {
      lastInside = event.target;
      return;
    }
    const back = lastInside?.isConnected && container.contains(lastInside) ? lastInside : tabbablesIn(container)[0];
    back?.focus({ preventScroll: true });
  };
  container.addEventListener('keydown', onKeyDown);
  doc.addEventListener('focusin', onFocusIn);
  return () => {
    container.removeEventListener('keydown', onKeyDown);
    doc.removeEventListener('focusin', onFocusIn);
    // In the next animation frame, as react-aria's FocusScope does: focus() inside the
    // closing commit would force a style and layout pass of the half-updated board there;
    // and only if focus fell to the body, not when the user moved it on purpose.
    const view = doc.defaultView;
    view?.requestAnimationFrame(() => {
      const active = doc.activeElement;
      if (active && active !== doc.body) return;
      if (restoreTo instanceof HTMLElement && restoreTo.isConnected) restoreTo.focus({ preventScroll: true });
    });
  };
}
