import { type ReactNode, useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { containFocus } from './containFocus.js';
import { hidePageOutside } from './hidePageOutside.js';

interface Props {
  isOpen: boolean;
  /** Escape, or a click on the backdrop. */
  onClose: () => void;
  children: ReactNode;
}

/**
 * A modal for dialogs on the board's drag path (the hours dialog): backdrop, focus kept
 * inside and given back on close, Escape and a click beside it close it, the page behind
 * hidden from screen readers. It does what react-aria's `ModalOverlay` does, with one
 * difference: the page is hidden with `aria-hidden`, not `inert`. `inert` changes the
 * computed style of every element under it, so opening and closing the dialog restyled
 * the whole page (about 3,200 elements, 20-25 ms at 500 professionals x 15 functions) in
 * the frame of the drop. Focus and pointer, which `inert` would also keep out of the
 * page, are kept out by containFocus and by the backdrop that covers the page. The page
 * behind may still scroll (the coverage preview stays readable while choosing hours).
 */
export function AriaHiddenModal({ isOpen, onClose, children }: Props) {
  if (!isOpen) return null;
  return createPortal(<OpenModal onClose={onClose}>{children}</OpenModal>, document.body);
}

function OpenModal({ onClose, children }: Omit<Props, 'isOpen'>) {
  const overlay = useRef<HTMLDivElement>(null);
  // What had focus before the dialog: read while rendering, before a child's autofocus moves it.
  const [restoreTo] = useState(() => document.activeElement);
  const close = useRef(onClose);
  close.current = onClose;
  useLayoutEffect(() => {
    const element = overlay.current;
    if (!element) return undefined;
    const showPage = hidePageOutside(element);
    const releaseFocus = containFocus(element, restoreTo);
    if (!element.contains(element.ownerDocument.activeElement)) element.focus({ preventScroll: true });
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      event.stopPropagation();
      close.current();
    };
    // A click on the backdrop closes, a text selection that merely ends on it does not.
    let pressedOnBackdrop = false;
    const onMouseDown = (event: MouseEvent) => (pressedOnBackdrop = event.target === element);
    const onClick = (event: MouseEvent) => {
      if (pressedOnBackdrop && event.target === element) close.current();
    };
    // On the document, not the modal: Escape must close it even when focus has fallen to the
    // page body (containFocus brings it back, but a key may come first).
    const doc = element.ownerDocument;
    doc.addEventListener('keydown', onKeyDown);
    element.addEventListener('mousedown', onMouseDown);
    element.addEventListener('click', onClick);
    return () => {
      doc.removeEventListener('keydown', onKeyDown);
      element.removeEventListener('mousedown', onMouseDown);
      element.removeEventListener('click', onClick);
      showPage();
      releaseFocus();
    };
  }, [restoreTo]);
  return (
    <div ref={overlay} className="modal-overlay" tabIndex={-1}>
      <div className="modal">{children}</div>
    </div>
  );
}
