import type { Lang } from '../../shared/domain/text.js';
import { cellOpenCount, cellRequirementTexts } from '../../shared/hr/cellSentence.js';
import type { HrCell, HrCompetencyColumn } from '../../shared/hr/index.js';
import type { HrCellSummary, HrRowSummary } from '../../shared/hr/summary.js';
import { capitalised, SEVERITY_MARKS } from '../../shared/hr/names.js';
import type { MessageKey } from '../../shared/i18n/catalogue.js';
import type { MessageParams } from '../../shared/i18n/message.js';
import { CELL_STATUS_KEY } from './cellStatus.js';

interface Props {
  /**
   * The focused or clicked cell; null before the user chose one. `full` is the cell with
   * its explanation, null while it is being fetched (rows just scrolled into view).
   */
  selected: { row: HrRowSummary; column: HrCompetencyColumn; cell: HrCellSummary; full: HrCell | null } | null;
  lang: Lang;
  t: (key: MessageKey, params?: MessageParams) => string;
}

export const CELL_DETAIL_ID = 'hr-cell-detail';

/**
 * The chosen cell's full explanation under the matrix: the status in words beside its
 * mark, the number of open requirements and, per function, what the engine found. It is
 * a polite live region, so a screen reader hears the explanation while moving with the
 * arrow keys.
 */
export function CellDetail({ selected, lang, t }: Props) {
  return (
    <section id={CELL_DETAIL_ID} className="hr-cell-detail" aria-live="polite" data-testid="hr-cell-detail">
      {selected === null ? (
        <p className="muted">{t('hrCell.detailEmpty')}</p>
      ) : (
        <>
          <h3>{t('hrCell.detailTitle', { team: selected.row.teamName, competency: selected.column.name[lang] })}</h3>
          <p>
            <span className={`hr-cell sev-${selected.cell.severity}`} aria-hidden="true">
              {SEVERITY_MARKS[selected.cell.severity]}
            </span>{' '}
            <strong>{capitalised(t(CELL_STATUS_KEY[selected.cell.severity]))}</strong>
            {selected.cell.severity === 'notRequired' ? (
              <> · {t('hrCell.detailNotRequired')}</>
            ) : selected.cell.severity === 'inShell' ? (
              <> · {t('hrCell.detailInShell')}</>
            ) : (
              <> · {t(cellOpenCount(selected.cell).key, cellOpenCount(selected.cell).params)}</>
            )}
          </p>
          {selected.full === null ? (
            <p className="muted">{t('hrScale.cellLoading')}</p>
          ) : (
            <ul>
              {cellRequirementTexts(selected.full).map((text, i) => (
                <li key={i}>{capitalised(t(text.key, text.params))}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
