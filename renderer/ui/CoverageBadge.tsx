import type { ShownCoverage } from '../../shared/engine/shownCoverage.js';
import { coverageText, wholePercent } from '../../shared/engine/shownCoverage.js';
import { useTranslator } from '../i18n/useT.js';

/**
 * Coverage as a number with a calm colour band; the number is always written, never colour
 * alone. A function that asks nothing gets no band and no number (shared/engine/shownCoverage.ts).
 */
export function CoverageBadge({ coverage, testId }: { coverage: ShownCoverage; testId?: string }) {
  const { render } = useTranslator();
  const p = coverage.kind === 'asked' ? wholePercent(coverage.share) : null;
  const band = p === null ? 'none' : p >= 100 ? 'good' : p >= 50 ? 'fair' : 'poor';
  return (
    <span
      className={`badge badge-${band}`}
      data-testid={testId}
      data-value={p ?? undefined}
      data-coverage={coverage.kind}
    >
      {render(coverageText(coverage))}
    </span>
  );
}
