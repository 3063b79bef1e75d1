import type { Lang } from '../../shared/domain/text.js';
import type { HrOverview, HrTeamRow } from '../../shared/hr/index.js';
import { SEVERITY_MARKS, modelName } from '../../shared/hr/names.js';
import { disciplineName } from '../../shared/catalogue/disciplines.js';
import { CELL_STATUS_KEY } from './cellStatus.js';
import type { MessageKey } from '../../shared/i18n/catalogue.js';
import type { MessageParams as Params } from '../../shared/i18n/message.js';
import { formatNumber, percent } from '../i18n/translate.js';

interface Props {
  overview: HrOverview;
  lang: Lang;
  t: (key: MessageKey, params?: Params) => string;
  onOpen: (row: HrTeamRow) => void;
}

function mix(entries: HrTeamRow['disciplines'], name: (key: string) => string): string {
  return entries.map((e) => `${name(e.key)} ${e.people}`).join(' · ');
}

/**
 * Teams x competencies, each cell coloured by the worst gap and marked with a symbol,
 * so it reads without colour too. Plain props (no store), so the bench can render it
 * on its own and measure the same markup the screen shows.
 */
export function HrMatrix({ overview, lang, t, onOpen }: Props) {
  return (
    <div className="hr-matrix-scroll" tabIndex={0} role="group" aria-label={t('hr.matrixTitle')}>
      <table className="hr-matrix" data-testid="hr-matrix">
        <thead>
          <tr>
            <th scope="col">{t('hr.team')}</th>
            <th scope="col">{t('hr.coverage')}</th>
            <th scope="col">{t('hr.hours')}</th>
            {overview.competencies.map((c) => (
              <th key={`${c.kind}-${c.key}`} scope="col" className="hr-competency">
                <span>{c.name[lang]}</span>
              </th>
            ))}
            <th scope="col">{t('hr.disciplines')}</th>
            <th scope="col">{t('hr.organisations')}</th>
          </tr>
        </thead>
        <tbody>
          {overview.rows.map((row) => (
            <tr key={row.scenarioId} data-team={row.teamName} data-scenario={row.isMain ? '' : row.scenarioName}>
              <th scope="row">
                <button type="button" className="link-button" onClick={() => onOpen(row)} data-testid="hr-open-team">
                  {row.teamName}
                </button>
                {!row.isMain && <span className="hr-variant"> · {row.scenarioName}</span>}
                <span className="block muted">
                  {[row.area, modelName(row.model, lang)].filter(Boolean).join(' · ')}
                </span>
              </th>
              <td className="num" data-testid="hr-row-coverage">
                {t('coverage.percent', { percent: percent(row.teamCoverage) })}
              </td>
              <td className="num">
                {formatNumber(lang, row.hoursAllocated)} / {formatNumber(lang, row.hoursRequired)}
              </td>
              {row.cells.map((cell, i) => (
                <td
                  key={`${cell.kind}-${cell.competency}`}
                  className={`hr-cell sev-${cell.severity}`}
                  data-severity={cell.severity}
                  title={
                    cell.requiredLevel === null
                      ? t('hr.cellTitle', {
                          competency: overview.competencies[i]!.name[lang],
                          status: t(CELL_STATUS_KEY[cell.severity]),
                        })
                      : t('hr.cellTitleLevels', {
                          competency: overview.competencies[i]!.name[lang],
                          status: t(CELL_STATUS_KEY[cell.severity]),
                          required: cell.requiredLevel,
                          best: cell.best,
                        })
                  }
                >
                  <span aria-hidden="true">{SEVERITY_MARKS[cell.severity]}</span>
                  <span className="visually-hidden">{t(CELL_STATUS_KEY[cell.severity])}</span>
                </td>
              ))}
              <td className="hr-mix">{mix(row.disciplines, (k) => disciplineName(k, lang))}</td>
              <td className="hr-mix">{mix(row.organisations, (k) => k || t('hr.unknownOrganisation'))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function SeverityLegend({ t }: { t: Props['t'] }) {
  const order = ['missing', 'partial', 'thin', 'covered', 'notRequired'] as const;
  return (
    <ul className="hr-legend" aria-label={t('hr.legend')}>
      {order.map((s) => (
        <li key={s}>
          <span className={`hr-cell sev-${s}`} aria-hidden="true">
            {SEVERITY_MARKS[s]}
          </span>{' '}
          {t(CELL_STATUS_KEY[s])}
        </li>
      ))}
    </ul>
  );
}
