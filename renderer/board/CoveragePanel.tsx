import { observer } from 'mobx-react-lite';
import { useDeferredValue, useLayoutEffect } from 'react';
import { CoverageBadge } from '../ui/CoverageBadge.js';
import { CoverageSummary } from './CoverageSummary.js';
import { LeavingImpactBox } from './LeavingImpactBox.js';
import { RequirementList } from './RequirementList.js';
import { useT } from '../i18n/useT.js';
import { markCoverageShown } from '../app/perf.js';
import { useStores } from '../app/StoreContext.js';
import { CoverageInsights } from './CoverageInsights.js';

/**
 * Live coverage of the open scenario, computed in the renderer by the shared engine.
 * While a person is held over a function it shows the coverage as if they joined. The
 * numbers (team, requirements, hours, per function) render in the frame of the edit;
 * gaps, advice and charts follow from a deferred copy (see CoverageInsights).
 */
export const CoveragePanel = observer(function CoveragePanel() {
  const { plan, ui, catalogue } = useStores();
  const t = useT();
  const report = plan.shownReport;
  const deferredReport = useDeferredValue(report);
  const deferredPlan = useDeferredValue(plan.plan);
  useLayoutEffect(() => markCoverageShown(), [report]);
  if (!report || !plan.plan) return null;
  const preview = ui.dragPreview;
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
      {deferredPlan && deferredReport && <CoverageInsights plan={deferredPlan} report={deferredReport} />}
      <section aria-labelledby="functions-title">
        <h3 id="functions-title">{t('coverage.functions')}</h3>
        <ul className="function-coverage" data-testid="function-coverage">
          {report.functions
            .filter((f) => !f.inShell)
            .map((f) => (
              <li key={f.id} data-function={f.name}>
                <div className="function-coverage-head">
                  <strong>
                    {catalogue.functionName(
                      plan.functionById.get(f.id) ?? { name: f.name, templateKey: null },
                      ui.lang,
                    )}
                  </strong>
                  <CoverageBadge value={f.coverage} testId="function-coverage-value" />
                </div>
                <p className="muted">{t('lane.hours', { allocated: f.hoursAllocated, required: f.hoursRequired })}</p>
                <RequirementList requirements={f.requirements} />
              </li>
            ))}
        </ul>
      </section>
    </aside>
  );
});
