import { observer } from 'mobx-react-lite';
import { useEffect, useMemo, useState } from 'react';
import { areaTables } from '../../shared/area/index.js';
import { formatDay } from '../../shared/i18n/dateText.js';
import { getDesktopBridge } from '../api/transport/desktopBridge.js';
import { useStores } from '../app/StoreContext.js';
import { useTranslator } from '../i18n/useT.js';
import { usePrintFooter } from '../print/usePrintFooter.js';
import { AreaStore } from './AreaStore.js';
import { AreaTableView } from './AreaTableView.js';
import '../print/print.css';
import './area.css';

/**
 * HR's and the municipality's view of one wijk: pick an area, see all its teams side by
 * side and what they cover together, print it on A4 or export it to XLSX. The same
 * tables serve screen, paper and workbook (shared/area/areaTables.ts).
 */
export const AreaScreen = observer(function AreaScreen() {
  const root = useStores();
  const { ui, plan } = root;
  const { t, render } = useTranslator();
  const [store] = useState(() => new AreaStore(root.api, (kind, text) => ui.notify(kind, text)));
  const openArea = plan.plan?.team.area ?? '';
  useEffect(() => {
    void store.load(openArea);
  }, [store, openArea]);
  const view = store.view;
  const lang = ui.lang;
  const tables = useMemo(
    () => (view ? areaTables(view, lang, store.input?.competencies ?? []) : []),
    [view, lang, store.input],
  );
  const dateText = formatDay(lang, new Date());
  usePrintFooter(t('area.footer', { area: view?.area ?? '', date: dateText }), lang);
  const bridge = getDesktopBridge(window as unknown as { planner?: unknown });
  const print = () => {
    if (!bridge) return window.print();
    void bridge.print().then((result) => {
      if (!result.ok) ui.notify('error', result.error.text);
    });
  };

  return (
    <div className="screen area-screen" data-testid="area-screen">
      <header className="screen-header area-controls">
        <div>
          <h1>{t('area.title')}</h1>
          <p className="lead">{t('area.intro')}</p>
        </div>
        <form className="area-toolbar panel" onSubmit={(e) => e.preventDefault()}>
          <label className="field">
            <span>{t('area.picker')}</span>
            <select
              value={store.selected}
              onChange={(e) => store.choose(e.target.value)}
              disabled={store.areas.length === 0}
              data-testid="area-picker"
            >
              {store.areas.map((a) => (
                <option key={a.name} value={a.name}>
                  {t('area.pickerOption', { name: a.name, count: a.teams })}
                </option>
              ))}
            </select>
          </label>
          <div className="area-actions">
            <button
              type="button"
              className="button button-primary"
              disabled={!view}
              onClick={print}
              data-testid="area-print"
            >
              {t('area.print')}
            </button>
            <button
              type="button"
              className="button"
              disabled={!view || store.exporting}
              onClick={() => void store.exportXlsx(lang)}
              data-testid="area-export-xlsx"
            >
              {t('area.exportXlsx')}
            </button>
          </div>
          <p className="area-progress" role="status" data-testid="area-progress">
            {store.exporting && t('area.exporting')}
          </p>
        </form>
      </header>
      {store.error && (
        <p className="empty-state" role="alert">
          {render(store.error)}
        </p>
      )}
      {store.loading && !store.input && <p className="loading">{t('area.loading')}</p>}
      {store.input && store.areas.length === 0 && <p className="empty-state teaching">{t('area.none')}</p>}
      {view && (
        <article className="area-doc" data-testid="area-doc" aria-labelledby="area-doc-title">
          <p className="print-kicker area-print-only">{t('area.printKicker')}</p>
          <h2 id="area-doc-title" className="area-doc-title">
            {t('area.printTitle', { area: view.area })}
          </h2>
          <p className="print-note area-print-only">{t('area.printed', { date: dateText })}</p>
          {tables.map((table) => (
            <AreaTableView key={table.id} table={table} />
          ))}
          <p className="area-note">{t('area.terrainNote')}</p>
        </article>
      )}
    </div>
  );
});
