import { observer } from 'mobx-react-lite';
import { useLayoutEffect } from 'react';
import { CoverageSummary } from './CoverageSummary.js';
import { LeavingImpactBox } from './LeavingImpactBox.js';
import { FunctionCoverageItem } from './FunctionCoverageItem.js';
import { useT } from '../i18n/useT.js';
import { markCoverageShown } from '../app/perf.js';
import { useStores } from '../app/StoreContext.js';
import { CoverageInsights } from './CoverageInsights.js';

/**
 * Live coverage of the open scenario, computed in the renderer by the shared engine.
 * While a person is held over a function it shows the coverage as if they joined. The
 * numbers (team, requirements, hours, per function), gaps, advice and charts render in
 * the frame of the edit; only the candidates per gap follow just after it (see
 * CoverageInsights). Each function's entry re-renders only when its own coverage changed.
 */
export const CoveragePanel = observer(function CoveragePanel() {
  const { plan, ui, catalogue } = useStores();
  const t = useT();
  const report = plan.shownReport;
  useLayoutEffect(() => markCoverageShown(), [report]);
  if (!report || !plan.plan) return null;
  const preview = ui.dragPreview;
  const previewFn = preview ? plan.functionById.get(preview.functionId) : undefined;
  return (
    <aside className="coverage panel" aria-labelledby="coverage-title" data-testid="coverage-panel">
      <header className="panel-header">
        <h2 id="coverage-title">{t('coverage.title')}</h2>
      </header>
      {preview && (
        <p className="preview-banner" role="status" data-testid="coverage-preview">
          {t('coverage.preview', {
            name: plan.professionalById.get(preview.professionalId)?.name ?? '',
            fn: previewFn ? catalogue.functionName(previewFn, ui.lang) : '',
          })}
        </p>
      )}
      <CoverageSummary report={report} />
      <LeavingImpactBox />
      <CoverageInsights plan={plan.plan} report={report} />
      <section aria-labelledby="functions-title">
        <h3 id="functions-title">{t('coverage.functions')}</h3>
        <ul className="function-coverage" data-testid="function-coverage">
          {plan.inTeamFunctions.map((fn) => (
            <FunctionCoverageItem key={fn.id} fn={fn} />
          ))}
        </ul>
      </section>
    </aside>
  );
});
