import { observer } from 'mobx-react-lite';
import { useState } from 'react';
import { getDesktopBridge } from '../api/transport/desktopBridge.js';
import { useT } from '../i18n/useT.js';
import { useStores } from '../app/StoreContext.js';
import { planFileName } from '../exchange/ExchangeStore.js';
import { PrintView } from './PrintView.js';
import type { Message } from '../../shared/i18n/message.js';

/**
 * The print preview: the A4 overview on screen as it will print, with Print and (in
 * the desktop app) Save as PDF through the shell's dialogs; in the browser host the
 * browser's own print dialog, which offers PDF too.
 */
export const PrintScreen = observer(function PrintScreen() {
  const { plan, ui } = useStores();
  const t = useT();
  const [busy, setBusy] = useState(false);
  const bridge = getDesktopBridge(window as unknown as { planner?: unknown });
  const teamName = plan.plan?.team.name ?? t('printDoc.team');
  const run = async (work: () => Promise<{ ok: boolean; error?: { text: Message } }>) => {
    setBusy(true);
    try {
      const result = await work();
      if (!result.ok && result.error) ui.notify('error', result.error.text);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="screen print-screen" data-testid="print-screen">
      <header className="screen-header print-toolbar">
        <div>
          <h1>{t('print.title')}</h1>
          <p className="lead">{t('print.intro')}</p>
        </div>
        <div className="print-actions">
          <button
            type="button"
            className="button button-primary"
            disabled={busy}
            data-testid="print-now"
            onClick={() => (bridge ? void run(() => bridge.print()) : window.print())}
          >
            {t('print.print')}
          </button>
          {bridge && (
            <button
              type="button"
              className="button"
              disabled={busy}
              data-testid="print-pdf"
              onClick={() =>
                void run(() =>
                  bridge.printToPdf({
                    suggestedName: `${t('printDoc.fileStem')}-${planFileName(teamName).replace(/\.json$/, '')}`,
                  }),
                )
              }
            >
              {t('print.pdf')}
            </button>
          )}
        </div>
      </header>
      <div className="print-preview">
        <PrintView className="print-page" preview />
      </div>
    </div>
  );
});
