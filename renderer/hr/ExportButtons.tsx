import { observer } from 'mobx-react-lite';
import type { HrList } from '../../shared/hr/index.js';
import { useT } from '../i18n/useT.js';
import { useStores } from '../app/StoreContext.js';

/**
 * While an export runs, the export buttons are `aria-disabled`, not `disabled`: a
 * disabled button drops the keyboard focus it has to the page body (HrStore.export
 * ignores the press meanwhile).
 *
 * XLSX and CSV of one list in the UI's language (written by the trusted process); `label` says which list when a
 * header has several.
 */
export const ExportButtons = observer(function ExportButtons({ list, label }: { list: HrList; label?: string }) {
  const { hr, ui } = useStores();
  const t = useT();
  return (
    <div
      className="hr-export"
      role="group"
      aria-label={label ? `${t('hr.exportGroup')}: ${label}` : t('hr.exportGroup')}
    >
      {label && <span className="hr-export-label">{label}</span>}
      {(['xlsx', 'csv'] as const).map((format) => (
        <button
          key={format}
          type="button"
          className="button button-quiet"
          aria-disabled={hr.exporting !== null}
          onClick={() => void hr.export(list, format, ui.lang)}
          data-testid={`hr-export-${list}-${format}`}
        >
          {format === 'xlsx' ? t('hr.exportXlsx') : t('hr.exportCsv')}
        </button>
      ))}
    </div>
  );
});

/** How far the running export is, as a progress bar with its percentage in words (a live region). */
export const ExportProgress = observer(function ExportProgress() {
  const { hr } = useStores();
  const t = useT();
  if (hr.exportProgress === null) return null;
  const percent = Math.round(hr.exportProgress * 100);
  const label = t('hrScale.exportProgress', { percent });
  return (
    <span className="hr-export-progress" role="status" data-testid="hr-export-progress">
      <progress max={100} value={percent} aria-label={label} />
      <span>{label}</span>
    </span>
  );
});
