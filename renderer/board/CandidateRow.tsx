import { memo } from 'react';
import { PlainButton } from '../ui/PlainButton.js';
import { assignCommand } from './assignmentCommands.js';
import { useT } from '../i18n/useT.js';
import { useStores } from '../app/StoreContext.js';
import { MIN_ASSIGNMENT_HOURS } from '../../shared/engine/index.js';

interface Props {
  functionId: string;
  fnName: string;
  professionalId: string;
  name: string;
  rating: number;
  hoursAvailable: number;
  /** Whether the person has room for an assignment (`hasRoomFor`, as the engine ranked them). */
  hasRoom: boolean;
  /** The hours the insert offers the function: at most what the person has free, when they have any. */
  hours: number;
}

/**
 * One candidate for a gap. Someone with room is inserted with one click, with hours that fit
 * their contract. Someone without room is marked and asks for the hours first, in the same
 * dialog as a drop onto a function: the team leader may still choose to book them over their
 * contract, but never by a single click.
 * Memoised on plain values: a drop recomputes every gap's candidates, but re-renders (and
 * re-translates) only the rows whose person, level or hours changed.
 */
export const CandidateRow = memo(function CandidateRow({
  functionId,
  fnName,
  professionalId,
  name,
  rating,
  hoursAvailable,
  hasRoom,
  hours,
}: Props) {
  const root = useStores();
  const t = useT();
  const insert = () => {
    // This row goes once the person is placed: focus goes on to their chip in the function.
    const target = { kind: 'member', functionId, professionalId } as const;
    root.ui.requestFocus(target);
    if (!hasRoom) {
      return root.ui.setPendingDrop({ professionalId, functionId, fromFunctionId: null, suggestedHours: hours });
    }
    void root.execute(assignCommand(root, functionId, professionalId, hours)).then((saved) => {
      if (!saved && root.ui.focusRequest === target) root.ui.focusTaken();
    });
  };
  return (
    <li className="candidate" data-has-room={hasRoom} data-professional={professionalId}>
      <span>
        {name}{' '}
        {hasRoom ? (
          <span className="muted">{t('gaps.candidateFacts', { level: rating, hours: hoursAvailable })}</span>
        ) : (
          <span className="candidate-no-room-facts">
            {t('gaps.candidateFactsNoRoom', { level: rating, hours: hoursAvailable, min: MIN_ASSIGNMENT_HOURS })}
          </span>
        )}
      </span>
      <PlainButton
        className="button button-small"
        aria-label={
          hasRoom
            ? t('gaps.insertLabel', { name, fn: fnName, hours })
            : t('gaps.insertChooseHoursLabel', { name, fn: fnName })
        }
        data-testid="gap-insert"
        onPress={insert}
      >
        {t('gaps.insert')}
      </PlainButton>
    </li>
  );
});
