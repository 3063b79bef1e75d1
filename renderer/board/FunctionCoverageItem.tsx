import { observer } from 'mobx-react-lite';
import type { TeamFunction } from '../../shared/domain/schemas.js';
import { shownFunctionCoverage } from '../../shared/engine/shownCoverage.js';
import { CoverageBadge } from '../ui/CoverageBadge.js';
import { RequirementList } from './RequirementList.js';
import { useT } from '../i18n/useT.js';
import { useStores } from '../app/StoreContext.js';

/**
 * One in-team function in the coverage panel. It reads its own entry of the store's
 * per-function coverage, which changes only where an edit changed something, so a drop
 * re-renders the one or two functions it touched rather than all fifteen.
 */
export const FunctionCoverageItem = observer(function FunctionCoverageItem({ fn }: { fn: TeamFunction }) {
  const { plan, ui, catalogue } = useStores();
  const t = useT();
  const coverage = plan.laneCoverage.get(fn.id);
  if (!coverage) return null;
  return (
    <li data-function={fn.name}>
      <div className="function-coverage-head">
        <strong>{catalogue.functionName(fn, ui.lang)}</strong>
        <CoverageBadge coverage={shownFunctionCoverage(coverage)} testId="function-coverage-value" />
      </div>
      <p className="muted">
        {t('lane.hours', { allocated: coverage.hoursAllocated, required: coverage.hoursRequired })}
      </p>
      <RequirementList requirements={coverage.requirements} />
    </li>
  );
});
