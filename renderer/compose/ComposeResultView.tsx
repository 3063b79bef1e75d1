import { observer } from 'mobx-react-lite';
import { useMemo } from 'react';
import { Button } from 'react-aria-components';
import type { ComposeOutcome } from '../../shared/api/composeSchemas.js';
import { coverageText, shownTeamCoverage } from '../../shared/engine/shownCoverage.js';
import { dutchOrder } from '../../shared/hr/dutchOrder.js';
import { listOf } from '../../shared/i18n/listOf.js';
import { useStores } from '../app/StoreContext.js';
import { percent } from '../i18n/translate.js';
import { useTranslator } from '../i18n/useT.js';
import { ComposeChanges } from './ComposeChanges.js';
import { composedScenarioCommand, freeScenarioName } from './composeCommands.js';
import { composedChanges, overContractKept } from './composedChanges.js';
import type { ComposeStore } from './ComposeStore.js';
import { statusMessage } from './composeWords.js';
import { OverContractNote } from './OverContractNote.js';
import { isSameComposition } from './sameComposition.js';

interface Props {
  store: ComposeStore;
  result: ComposeOutcome;
  scenarioId: string;
  onClose: () => void;
}

/**
 * The answer: the status in words, the team before and after (coverage, people), who
 * comes and who goes, per function who joins, leaves or gets other hours (the comparison's
 * rule, `composedChanges`), kept members who stay over contract (`overContractKept`), and
 * what nobody in the pool can cover. "Open als scenario" makes it
 * a new scenario and opens it (the board shows it), with the comparison beside the
 * scenario it was composed from, where it can be adopted or dropped. A composition that is
 * the current team (same people, functions and hours) says so and offers no new scenario.
 */
export const ComposeResultView = observer(function ComposeResultView({ store, result, scenarioId, onClose }: Props) {
  const root = useStores();
  const { t, render } = useTranslator();
  const { before, after } = result;
  const usable = result.status !== 'infeasible' && result.status !== 'timeLimit';
  const unchanged = usable && isSameComposition(root.plan.plan?.assignments ?? [], result.assignments);
  const plan = root.plan.plan;
  const currentIds = new Set(plan?.assignments.map((a) => a.professionalId) ?? []);
  const composedIds = new Set(result.assignments.map((a) => a.professionalId));
  const nameOf = (id: string) => root.plan.professionalById.get(id)?.name ?? id;
  const joining = [...composedIds]
    .filter((id) => !currentIds.has(id))
    .map(nameOf)
    .sort(dutchOrder);
  const leaving = [...currentIds]
    .filter((id) => !composedIds.has(id))
    .map(nameOf)
    .sort(dutchOrder);
  const templates = root.catalogue.templateNames;
  const changes = useMemo(
    () => (usable && plan ? composedChanges(plan, result.assignments, templates) : []),
    [usable, plan, result, templates],
  );
  const hoursElsewhere = root.plan.hoursElsewhere;
  const overKept = useMemo(
    () =>
      usable && plan && store.keptMembers
        ? overContractKept(plan, result.assignments, hoursElsewhere).map(nameOf).sort(dutchOrder)
        : [],
    [usable, plan, result, hoursElsewhere, store.keptMembers],
  );

  const openAsScenario = () => {
    const view = root.plan.view;
    if (!view) return;
    const taken = root.teams.byId.get(view.teamId)?.scenarios.map((s) => s.name) ?? [];
    const name = freeScenarioName(t('composeUi.scenarioName'), taken);
    onClose();
    void root.execute(
      composedScenarioCommand(root, scenarioId, name, result.assignments, {
        open: root.openInCommand,
        onCreated: (createdId) => {
          root.ui.showComparison(scenarioId, createdId);
          root.ui.requestFocus({ kind: 'scenario', scenarioId: createdId });
        },
      }),
    );
  };

  return (
    <div className="compose-result" data-testid="compose-result">
      <p className={`compose-status compose-status-${result.status}`} data-testid="compose-status">
        {render(statusMessage(result))}
      </p>
      {overKept.length > 0 && <OverContractNote names={overKept} onStartFresh={() => void store.startFresh()} />}
      {result.fromGreedy && (
        <p className="muted">{t(result.wrappedUp ? 'composeUi.fromGreedyWrappedUp' : 'composeUi.fromGreedy')}</p>
      )}
      {usable && (
        <dl className="compose-numbers-list">
          <dt>{t('composeUi.coverage')}</dt>
          <dd data-testid="compose-coverage">
            {after.requirementsTotal === 0
              ? // The same functions before and after: when they ask nothing, there is no figure to compare.
                render(coverageText(shownTeamCoverage(after)))
              : t('composeUi.beforeAfterPercent', {
                  before: percent(before.teamCoverage),
                  after: percent(after.teamCoverage),
                })}
          </dd>
          <dt>{t('composeUi.requirements')}</dt>
          <dd>
            {t('composeUi.requirementsCovered', {
              before: before.requirementsCovered,
              after: after.requirementsCovered,
              total: after.requirementsTotal,
            })}
          </dd>
          <dt>{t('composeUi.people')}</dt>
          <dd data-testid="compose-people">
            {t('composeUi.beforeAfter', { before: before.people, after: after.people })}
          </dd>
          <dt>{t('composeUi.hours')}</dt>
          <dd>
            {t('composeUi.hoursAllocated', {
              before: before.hoursAllocated,
              after: after.hoursAllocated,
              required: after.hoursRequired,
            })}
          </dd>
        </dl>
      )}
      {unchanged && (
        <p className="compose-unchanged" data-testid="compose-unchanged">
          {t(result.status === 'optimal' ? 'composeUi.unchanged.optimal' : 'composeUi.unchanged.unproven')}
        </p>
      )}
      {usable && (joining.length > 0 || leaving.length > 0) && (
        <div className="compose-changes">
          {joining.length > 0 && <p>{t('composeUi.joining', { names: listOf(joining) })}</p>}
          {leaving.length > 0 && <p>{t('composeUi.leaving', { names: listOf(leaving) })}</p>}
        </div>
      )}
      {!unchanged && <ComposeChanges changes={changes} />}
      {result.uncoverable.length > 0 && (
        <section aria-labelledby="compose-uncoverable-title">
          <h3 id="compose-uncoverable-title">{t('composeUi.uncoverable')}</h3>
          <ul className="compose-uncoverable" data-testid="compose-uncoverable">
            {result.uncoverable.map((m, i) => (
              <li key={i}>{render(m)}</li>
            ))}
          </ul>
          {/* Team-wide vakkennis is no requirement row: without this, 100% beside it reads as a contradiction. */}
          {result.uncoverableOutsideCoverage && (
            <p className="muted" data-testid="compose-uncoverable-note">
              {t('coverage.teamExpertiseNotCounted')}
            </p>
          )}
        </section>
      )}
      <div className="dialog-actions">
        <Button className="button" onPress={onClose} autoFocus={unchanged}>
          {t('composeUi.close')}
        </Button>
        <Button className="button" onPress={() => store.backToForm()}>
          {t('composeUi.again')}
        </Button>
        {usable && !unchanged && (
          <Button
            className="button button-primary"
            onPress={openAsScenario}
            data-testid="compose-open-scenario"
            autoFocus
          >
            {t('composeUi.openAsScenario')}
          </Button>
        )}
      </div>
    </div>
  );
});
