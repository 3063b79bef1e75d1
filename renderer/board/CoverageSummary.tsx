import { observer } from 'mobx-react-lite';
import type { CoverageReport } from '../../shared/engine/types.js';
import { coverageText, shownTeamCoverage, wholePercent } from '../../shared/engine/shownCoverage.js';
import { useTranslator } from '../i18n/useT.js';
import { useStores } from '../app/StoreContext.js';

/**
 * The headline numbers: team coverage, requirements covered, hours, over-allocated people (counting their other
 * teams too).
 */
export const CoverageSummary = observer(function CoverageSummary({ report }: { report: CoverageReport }) {
  const { plan } = useStores();
  const { t, render } = useTranslator();
  const shown = shownTeamCoverage(report);
  const over = plan.overAllocatedIds.map((id) => plan.professionalById.get(id)?.name ?? id);
  return (
    <div className="summary" data-testid="coverage-summary">
      <div className="stat">
        <span
          className={`stat-value ${shown.kind === 'nothingAsked' ? 'stat-value-none' : ''}`}
          data-testid="team-coverage"
          data-value={shown.kind === 'asked' ? wholePercent(shown.share) : undefined}
          data-coverage={shown.kind}
        >
          {render(coverageText(shown))}
        </span>
        <span className="stat-label">{t('coverage.team')}</span>
      </div>
      <div className="stat">
        <span className="stat-value" data-testid="requirements-covered">
          {report.requirementsCovered}/{report.requirementsTotal}
        </span>
        <span className="stat-label">{t('coverage.requirements')}</span>
      </div>
      <div className="stat">
        <span className="stat-value" data-testid="hours-allocated">
          {t('coverage.hoursValue', { allocated: report.hoursAllocated, required: report.hoursRequired })}
        </span>
        <span className="stat-label">{t('coverage.hours')}</span>
      </div>
      {over.length > 0 && (
        <p className="warning" data-testid="over-allocated">
          {t('coverage.overAllocated', { names: over.join(', ') })}
        </p>
      )}
    </div>
  );
});
