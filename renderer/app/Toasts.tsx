import { observer } from 'mobx-react-lite';
import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { Button } from 'react-aria-components';
import { useTranslator } from '../i18n/useT.js';
import { useStores } from './StoreContext.js';
import type { Toast } from './UiStore.js';

/**
 * How long a confirmation stays. Errors stay until closed: they may ask the user to act.
 * Long enough to read two lines; the clock pauses while the pointer or focus is on it.
 */
const INFO_TOAST_MS = 6_000;

/**
 * Errors and confirmations, read out by screen readers (errors assertively). Rendered in
 * `<body>` as react-aria's top layer, so a modal neither hides them from screen readers
 * nor makes them inert (react-aria's ariaHideOutside and our hidePageOutside leave that
 * layer alone); while a modal is open they sit under its backdrop (app.css), never on top
 * of the dialog's buttons.
 */
export function Toasts() {
  return createPortal(<ToastStack />, document.body);
}

/** The toasts themselves, wherever they are rendered. */
export const ToastStack = observer(function ToastStack() {
  const { ui } = useStores();
  return (
    <div className="toasts" data-react-aria-top-layer="">
      <div role="alert" aria-live="assertive" className="toast-region">
        {ui.toasts
          .filter((toast) => toast.kind === 'error')
          .map((toast) => (
            <ToastItem key={toast.id} toast={toast} />
          ))}
      </div>
      <div role="status" aria-live="polite" className="toast-region">
        {ui.toasts
          .filter((toast) => toast.kind === 'info')
          .map((toast) => (
            <ToastItem key={toast.id} toast={toast} />
          ))}
      </div>
    </div>
  );
});

const ToastItem = observer(function ToastItem({ toast }: { toast: Toast }) {
  const { ui } = useStores();
  const { t, render } = useTranslator();
  const element = useRef<HTMLDivElement>(null);
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const paused = hovered || focused;
  useEffect(() => {
    if (toast.kind !== 'info' || paused) return undefined;
    const timer = setTimeout(() => ui.dismiss(toast.id), INFO_TOAST_MS);
    return () => clearTimeout(timer);
  }, [toast.kind, toast.id, paused, ui]);
  const close = () => {
    // Closed from the keyboard: focus would fall to the page body with the toast, so it
    // goes to the next toast, or else to the screen's content.
    if (element.current?.contains(document.activeElement)) {
      const next = Array.from(document.querySelectorAll<HTMLElement>('.toast button')).find(
        (button) => !element.current?.contains(button),
      );
      (next ?? document.getElementById('main'))?.focus({ preventScroll: true });
    }
    ui.dismiss(toast.id);
  };
  return (
    <div
      ref={element}
      className={`toast toast-${toast.kind}`}
      data-testid={toast.kind === 'error' ? 'toast-error' : 'toast-info'}
      onPointerEnter={() => setHovered(true)}
      onPointerLeave={() => setHovered(false)}
      onFocus={() => setFocused(true)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) setFocused(false);
      }}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        close();
      }}
    >
      <span>{render(toast.text)}</span>
      <Button className="button-link" onPress={close}>
        {t('common.close')}
      </Button>
    </div>
  );
});
