import { memo } from 'react';
import { PlainButton } from '../ui/PlainButton.js';
import { assignCommand } from './assignmentCommands.js';
import { useT } from '../i18n/useT.js';
import { useStores } from '../app/StoreContext.js';

interface Props {
  functionId: string;
  fnName: string;
  professionalId: string;
  name: string;
  rating: number;
  hoursAvailable: number;
  /** The hours the one-click insert gives the function. */
  hours: number;
}

/**
 * One candidate for a gap, insertable with one click. Memoised on plain values: a drop
 * recomputes every gap's candidates, but re-renders (and re-translates) only the rows whose
 * person, level or hours changed, not every "Plaatsen" button in the list.
 */
export const CandidateRow = memo(function CandidateRow({
  functionId,
  fnName,
  professionalId,
  name,
  rating,
  hoursAvailable,
  hours,
}: Props) {
  const root = useStores();
  const t = useT();
  return (
    <li className="candidate" data-professional={professionalId}>
      <span>
        {name} <span className="muted">{t('gaps.candidateFacts', { level: rating, hours: hoursAvailable })}</span>
      </span>
      <PlainButton
        className="button button-small"
        aria-label={t('gaps.insertLabel', { name, fn: fnName, hours })}
        data-testid="gap-insert"
        onPress={() => void root.execute(assignCommand(root, functionId, professionalId, hours))}
      >
        {t('gaps.insert')}
      </PlainButton>
    </li>
  );
});
