import { reaction } from 'mobx';
import { observer } from 'mobx-react-lite';
import { useEffect } from 'react';
import {
  ORGANISATION_TYPES,
  TEAM_MODELS,
  type OrganisationType,
  type TeamModel,
} from '../../shared/catalogue/teamDesign.js';
import type { HrRowSummary } from '../../shared/hr/summary.js';
import { modelName, organisationTypeName } from '../../shared/hr/names.js';
import { DevelopmentSection } from '../development/DevelopmentSection.js';
import { ExchangePanel } from '../exchange/ExchangePanel.js';
import { useTranslator } from '../i18n/useT.js';
import { useStores } from '../app/StoreContext.js';
import { ExportButtons, ExportProgress } from './ExportButtons.js';
import './hr.css';
import { HrSourceToggle } from '../sharing/HrSourceToggle.js';
import { HR_LIST_COUNT, HrLists } from './HrLists.js';
import { HrMatrix, SeverityLegend } from './HrMatrix.js';
import { useAfterFirstPaint } from './useAfterFirstPaint.js';

/**
 * HR's screen: every team at once (teams x competencies by gap severity, coverage,
 * hours and the mix of disciplines and organisations), the lists HR acts on, filters,
 * exports and the exchange of team plan files. A team name opens that team.
 */
export const HrScreen = observer(function HrScreen() {
  const root = useStores();
  const { hr, ui, undo } = root;
  const { t, render } = useTranslator();
  const lang = ui.lang;
  useEffect(() => {
    void hr.load();
  }, [hr]);
  // An edit undone or redone from the header while HR is shown: the overview follows it.
  useEffect(
    () =>
      reaction(
        () => undo.revision,
        () => void hr.refresh(),
      ),
    [hr, undo],
  );
  const overview = hr.summary;
  // Below the matrix, out of view at first and thousands of elements (four lists of 50 rows, then the
  // development plan's form): mounted after the matrix has been painted, one part per frame.
  // The lists come with the whole summary, not with the matrix's first rows.
  const belowMatrix = useAfterFirstPaint(overview !== null && overview.firstRowsOf === undefined, HR_LIST_COUNT + 1);
  const open = async (row: HrRowSummary) => {
    await root.openScenario(row.scenarioId);
    ui.show('board');
  };
  return (
    <div className="screen hr" data-testid="hr-screen">
      <header className="screen-header">
        <h1>{t('hr.title')}</h1>
        <p className="lead">{t('hr.intro')}</p>
      </header>
      <HrSourceToggle />
      <form className="hr-filters panel" aria-label={t('hr.filters')} onSubmit={(e) => e.preventDefault()}>
        <label className="field">
          <span>{t('hr.filterArea')}</span>
          <select
            value={hr.filter.area}
            onChange={(e) => hr.setFilter({ area: e.target.value })}
            data-testid="hr-filter-area"
          >
            <option value="">{t('hr.all')}</option>
            {(overview?.areas ?? []).map((area) => (
              <option key={area} value={area}>
                {area}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('hr.filterModel')}</span>
          <select
            value={hr.filter.model}
            onChange={(e) => hr.setFilter({ model: e.target.value as TeamModel | '' })}
            data-testid="hr-filter-model"
          >
            <option value="">{t('hr.all')}</option>
            {TEAM_MODELS.map((m) => (
              <option key={m} value={m}>
                {modelName(m, lang)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('hr.filterType')}</span>
          <select
            value={hr.filter.organisationType}
            onChange={(e) => hr.setFilter({ organisationType: e.target.value as OrganisationType | '' })}
            data-testid="hr-filter-type"
          >
            <option value="">{t('hr.all')}</option>
            {ORGANISATION_TYPES.map((o) => (
              <option key={o} value={o}>
                {organisationTypeName(o, lang)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('hr.months')}</span>
          <input
            type="number"
            min={1}
            max={240}
            value={hr.assessmentMonths}
            onChange={(e) => hr.setAssessmentMonths(Number(e.target.value))}
            data-testid="hr-months"
          />
        </label>
        <label className="field field-check">
          <input
            type="checkbox"
            checked={hr.includeScenarios}
            onChange={(e) => hr.setIncludeScenarios(e.target.checked)}
            data-testid="hr-include-scenarios"
          />
          <span>{t('hr.includeScenarios')}</span>
        </label>
        {/* aria-disabled, not disabled: a disabled button drops the focus of whoever pressed it with Enter. */}
        <button
          type="button"
          className="button"
          aria-disabled={hr.loading}
          onClick={() => {
            if (!hr.loading) void hr.load();
          }}
          data-testid="hr-refresh"
        >
          {t('hr.refresh')}
        </button>
      </form>
      {hr.error && (
        <p className="empty-state" role="alert" data-testid="hr-error">
          {render(hr.error)}
          {hr.showingEarlierRead && <> {t('sharing.hr.earlierRead')}</>}
        </p>
      )}
      {!overview ? (
        // After a failed read there is nothing on its way: the error above says why.
        !hr.error && <p className="loading">{t('hr.loading')}</p>
      ) : (
        <>
          <section className="panel" aria-labelledby="hr-matrix-title">
            <header className="hr-list-head">
              <h2 id="hr-matrix-title">
                {t('hr.matrixTitle')} <span className="hr-count">({overview.firstRowsOf ?? overview.rows.length})</span>
              </h2>
              <div className="hr-export-all">
                <ExportButtons list="matrix" label={t('hr.exportMatrix')} />
                <ExportButtons list="teams" label={t('hr.exportTeams')} />
                <button
                  type="button"
                  className="button button-primary"
                  aria-disabled={hr.exporting !== null}
                  onClick={() => void hr.export('all', 'xlsx', lang)}
                  data-testid="hr-export-all"
                >
                  {t('hr.exportAll')}
                </button>
                <ExportProgress />
              </div>
            </header>
            <SeverityLegend t={t} />
            {overview.rows.length === 0 ? (
              <p className="muted">{t('hr.empty')}</p>
            ) : (
              <HrMatrix
                summary={overview}
                cellsOf={(id) => hr.cells.get(id)}
                onRowsShown={hr.requestCells}
                lang={lang}
                t={t}
                onOpen={(row) => void open(row)}
              />
            )}
          </section>
          {belowMatrix > 0 && <HrLists shown={belowMatrix} />}
          {belowMatrix > HR_LIST_COUNT && <DevelopmentSection />}
        </>
      )}
      <ExchangePanel />
    </div>
  );
});
