import { useT } from '../i18n/useT.js';
import { percent } from '../i18n/translate.js';

/** Coverage as a number with a calm colour band; the number is always written, never colour alone. */
export function CoverageBadge({ value, testId }: { value: number; testId?: string }) {
  const t = useT();
  const p = percent(value);
  const band = p >= 100 ? 'good' : p >= 50 ? 'fair' : 'poor';
  return (
    <span className={`badge badge-${band}`} data-testid={testId} data-value={p}>
      {t('coverage.percent', { percent: p })}
    </span>
  );
}
