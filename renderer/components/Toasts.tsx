import { observer } from 'mobx-react-lite';
import { Button } from 'react-aria-components';
import { useT } from '../i18n/useT.js';
import { useStores } from '../stores/StoreContext.js';

/** Errors and confirmations, read out by screen readers (errors assertively). */
export const Toasts = observer(function Toasts() {
  const { ui } = useStores();
  const t = useT();
  return (
    <div className="toasts">
      <div role="alert" aria-live="assertive" className="toast-region">
        {ui.toasts
          .filter((toast) => toast.kind === 'error')
          .map((toast) => (
            <div key={toast.id} className="toast toast-error" data-testid="toast-error">
              <span>{toast.text[ui.lang]}</span>
              <Button className="button-link" onPress={() => ui.dismiss(toast.id)}>
                {t('common.close')}
              </Button>
            </div>
          ))}
      </div>
      <div role="status" aria-live="polite" className="toast-region">
        {ui.toasts
          .filter((toast) => toast.kind === 'info')
          .map((toast) => (
            <div key={toast.id} className="toast toast-info">
              <span>{toast.text[ui.lang]}</span>
              <Button className="button-link" onPress={() => ui.dismiss(toast.id)}>
                {t('common.close')}
              </Button>
            </div>
          ))}
      </div>
    </div>
  );
});
