/**
 * Elements next to a modal that must stay readable while it is open: live regions (dnd-kit's
 * drag announcements, react-aria's announcer) and react-aria's top layer (toasts).
 */
const ALWAYS_READABLE = '[aria-live], [data-live-announcer], [data-react-aria-top-layer]';

/**
 * Hides everything in `<body>` except `keep` (the modal) from assistive technology with
 * `aria-hidden`, and returns the undo. Unlike `inert`, `aria-hidden` does not take part in
 * CSS, so hiding and showing a page of thousands of elements costs no style recalculation;
 * keeping keyboard focus and the pointer out of the page is the modal's job
 * (containFocus.ts, its backdrop). Elements that were hidden already are left alone, and
 * so are elements that someone else hid in the meantime when the undo runs.
 */
export function hidePageOutside(keep: Element): () => void {
  const hidden: Element[] = [];
  for (const element of Array.from(keep.ownerDocument.body.children)) {
    if (element === keep || element.contains(keep)) continue;
    if (element.matches(ALWAYS_READABLE) || element.getAttribute('aria-hidden') === 'true') continue;
    element.setAttribute('aria-hidden', 'true');
    hidden.push(element);
  }
  return () => {
    for (const element of hidden) element.removeAttribute('aria-hidden');
  };
}
