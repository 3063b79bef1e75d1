import { observer } from 'mobx-react-lite';
import { Button } from 'react-aria-components';
import { useTranslator } from '../i18n/useT.js';
import { useStores } from './StoreContext.js';
import type { Toast } from './UiStore.js';

/** Errors and confirmations, read out by screen readers (errors assertively). */
export const Toasts = observer(function Toasts() {
  const { ui } = useStores();
  return (
    <div className="toasts">
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
  return (
    <div className={`toast toast-${toast.kind}`} data-testid={toast.kind === 'error' ? 'toast-error' : undefined}>
      <span>{render(toast.text)}</span>
      <Button className="button-link" onPress={() => ui.dismiss(toast.id)}>
        {t('common.close')}
      </Button>
    </div>
  );
});
