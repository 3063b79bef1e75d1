import { observer } from 'mobx-react-lite';
import type { HrList } from '../../shared/hr/index.js';
import { useT } from '../i18n/useT.js';
import { useStores } from '../app/StoreContext.js';

/**
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
          disabled={hr.exporting !== null}
          onClick={() => void hr.export(list, format, ui.lang)}
          data-testid={`hr-export-${list}-${format}`}
        >
          {format === 'xlsx' ? t('hr.exportXlsx') : t('hr.exportCsv')}
        </button>
      ))}
    </div>
  );
});
