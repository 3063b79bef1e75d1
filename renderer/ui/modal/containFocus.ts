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
  return Array.from(container.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(isTabbable);
}

function isTabbable(element: HTMLElement): boolean {
  return element.matches(FOCUSABLE) && element.tabIndex >= 0 && element.getClientRects().length > 0;
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
  // Where focus goes back to: where it last was inside, unless that can no longer take it
  // (a button that became disabled), then the first element in Tab order.
  const bringBack = () => {
    const back =
      lastInside?.isConnected && container.contains(lastInside) && isTabbable(lastInside)
        ? lastInside
        : tabbablesIn(container)[0];
    back?.focus({ preventScroll: true });
  };
  const onFocusIn = (event: FocusEvent) => {
    if (!(event.target instanceof HTMLElement)) return;
    if (container.contains(event.target)) {
      lastInside = event.target;
      return;
    }
    bringBack();
  };
  // Focus that falls to the page body sends no focusin: a focused button that becomes
  // disabled (Opslaan, once the field it submits turns invalid), a focused element that
  // is removed. Checked after the render that caused it; not when the window itself lost
  // focus (the user switched to another program).
  let pending = 0;
  const onFocusOut = () => {
    const view = doc.defaultView;
    if (!view || pending) return;
    pending = view.requestAnimationFrame(() => {
      pending = 0;
      if (doc.activeElement === doc.body && doc.hasFocus()) bringBack();
    });
  };
  container.addEventListener('keydown', onKeyDown);
  container.addEventListener('focusout', onFocusOut);
  doc.addEventListener('focusin', onFocusIn);
  return () => {
    container.removeEventListener('keydown', onKeyDown);
    container.removeEventListener('focusout', onFocusOut);
    if (pending) doc.defaultView?.cancelAnimationFrame(pending);
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
