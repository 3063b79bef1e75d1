import { observer } from 'mobx-react-lite';
import { useLayoutEffect } from 'react';
import { MAX_LEVEL } from '../../shared/domain/levels.js';
import { HeatMap } from '../charts/HeatMap.js';
import { RadarChart } from '../charts/RadarChart.js';
import { AdviceList } from '../components/AdviceList.js';
import { CoverageBadge } from '../components/CoverageBadge.js';
import { CoverageSummary } from '../components/CoverageSummary.js';
import { ExpertiseList } from '../components/ExpertiseList.js';
import { GapClosers } from '../components/GapClosers.js';
import { LeavingImpactBox } from '../components/LeavingImpactBox.js';
import { RequirementList } from '../components/RequirementList.js';
import { useT } from '../i18n/useT.js';
import { markCoverageShown } from '../perf.js';
import { useStores } from '../stores/StoreContext.js';

/**
 * Live coverage of the open scenario, computed in the renderer by the shared engine.
 * While a person is held over a function it shows the coverage as if they joined.
 */
export const CoveragePanel = observer(function CoveragePanel() {
  const { plan, catalogue, ui } = useStores();
  const t = useT();
  const report = plan.shownReport;
  useLayoutEffect(() => markCoverageShown(), [report]);
  if (!report || !plan.plan) return null;
  const preview = ui.dragPreview;
  const lang = ui.lang;
  const members = report.memberIds.map((id) => plan.professionalById.get(id)).filter((p) => p !== undefined);
  const profile = new Map(report.profile.map((p) => [p.competency, p]));
  const columns = catalogue.competencies
    .filter((c) => profile.has(c.key))
    .map((c) => ({ key: c.key, name: c.name[lang], required: profile.get(c.key)?.requiredLevel ?? null }));
  const axes = columns.map((c) => ({ key: c.key, name: c.name, required: c.required ?? 0, team: profile.get(c.key)?.best ?? 0 }));
  return (
    <aside className="coverage panel" aria-labelledby="coverage-title" data-testid="coverage-panel">
      <header className="panel-header">
        <h2 id="coverage-title">{t('coverage.title')}</h2>
      </header>
      {preview && (
        <p className="preview-banner" role="status" data-testid="coverage-preview">
          {t('coverage.preview', {
            name: plan.professionalById.get(preview.professionalId)?.name ?? '',
            fn: plan.functionById.get(preview.functionId)?.name ?? '',
          })}
        </p>
      )}
      <CoverageSummary report={report} />
      <LeavingImpactBox />
      <section aria-labelledby="gaps-title">
        <h3 id="gaps-title">{t('gaps.title')}</h3>
        <GapClosers />
      </section>
      <section aria-labelledby="functions-title">
        <h3 id="functions-title">{t('coverage.functions')}</h3>
        <ul className="function-coverage" data-testid="function-coverage">
          {report.functions
            .filter((f) => !f.inShell)
            .map((f) => (
              <li key={f.id} data-function={f.name}>
                <div className="function-coverage-head">
                  <strong>{f.name}</strong>
                  <CoverageBadge value={f.coverage} testId="function-coverage-value" />
                </div>
                <p className="muted">{t('lane.hours', { allocated: f.hoursAllocated, required: f.hoursRequired })}</p>
                <RequirementList requirements={f.requirements} />
              </li>
            ))}
        </ul>
      </section>
      <section aria-labelledby="expertise-title">
        <h3 id="expertise-title">{t('expertise.title')}</h3>
        <ExpertiseList expertise={report.expertise} />
      </section>
      <section aria-labelledby="advice-title">
        <h3 id="advice-title">{t('advice.title')}</h3>
        <AdviceList advice={plan.advice} />
      </section>
      <section aria-labelledby="heatmap-title" className="chart-section">
        <h3 id="heatmap-title">{t('chart.heatmapTitle')}</h3>
        {members.length === 0 ? (
          <p className="muted">{t('chart.noMembers')}</p>
        ) : (
          <div className="chart-scroll" tabIndex={0} role="group" aria-label={t('chart.heatmapTitle')}>
            <HeatMap
              rows={members.map((m) => ({ id: m.id, name: m.name, ratings: m.ratings }))}
              columns={columns}
              lang={lang}
              title={t('chart.heatmapTitle')}
              requiredLabel={t('chart.required')}
              highlightId={ui.focusedMemberId}
            />
          </div>
        )}
      </section>
      <section aria-labelledby="radar-title" className="chart-section">
        <h3 id="radar-title">{t('chart.radarTitle')}</h3>
        <RadarChart axes={axes} max={MAX_LEVEL} title={t('chart.radarTitle')} requiredLabel={t('chart.required')} teamLabel={t('chart.team')} />
      </section>
    </aside>
  );
});
