import { FUNCTION_HOURS_RULE } from '../../shared/domain/hourRules.js';
import { observer } from 'mobx-react-lite';
import { useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import type { TeamFunction } from '../../shared/domain/schemas.js';
import { deleteFunctionCommand, updateFunctionCommand } from './functionCommands.js';
import { editedInField } from '../app/UndoStack.js';
import { NewFunctionForm } from './NewFunctionForm.js';
import { useT } from '../i18n/useT.js';
import { useStores } from '../app/StoreContext.js';
import { RequirementEditor } from './RequirementEditor.js';
import { ExpertiseRequirementEditor } from './ExpertiseRequirementEditor.js';
import { FunctionRouteEditor } from './FunctionRouteEditor.js';
import { SelectField } from '../ui/SelectField.js';
import { NumberInput } from '../ui/NumberInput.js';
import { useFocusRequest, type FocusTarget } from '../app/focusRequest.js';
import { focusFunction } from './focusFunction.js';
import { VariantFunctionsNote } from './VariantFunctionsNote.js';

/**
 * The team's functions: placement (team or shell), hours needed; opened, a function shows
 * its competency and vakkennis requirements, life domains and its route to the schil.
 * Add a function of your own. Each row's controls say in their names whose they are.
 */
/** Hours a week a function needs: it may need more than one full-time person (the schema allows 1000). */

export const FunctionEditorList = observer(function FunctionEditorList() {
  const root = useStores();
  const t = useT();
  const list = useRef<HTMLElement>(null);
  useFocusRequest((target) => focusTargetIn(list.current, target));
  // The scenario's id and its list of functions, not the plan: an edit of the team (a model,
  // an age group) keeps the list's identity, so the list and its editors are not rendered again.
  const scenarioId = root.plan.openScenarioId;
  const functions = root.plan.functions;
  if (!scenarioId) return null;
  return (
    <section
      className="function-editor"
      aria-labelledby="functions-edit-title"
      data-testid="function-editor"
      ref={list}
    >
      <FunctionsTitle scenarioId={scenarioId} />
      <VariantFunctionsNote scenarioId={scenarioId} />
      {functions.length === 0 && <p className="empty-state">{t('functions.empty')}</p>}
      <ul className="function-edit-list">
        {functions.map((fn, at, all) => (
          <FunctionRow key={fn.id} fn={fn} scenarioId={scenarioId} nextId={(all[at + 1] ?? all[at - 1])?.id ?? null} />
        ))}
      </ul>
      <NewFunctionForm scenarioId={scenarioId} functions={functions} />
    </section>
  );
});

/** The list's heading, naming a variant: it reads the scenarios, which every save of the team renews. */
const FunctionsTitle = observer(function FunctionsTitle({ scenarioId }: { scenarioId: string }) {
  const { teams } = useStores();
  const t = useT();
  const scenario = teams.scenarioById.get(scenarioId);
  return (
    <h2 id="functions-edit-title" tabIndex={-1}>
      {scenario && !scenario.isMain
        ? t('functions.titleInScenario', { scenario: scenario.name })
        : t('functions.title')}
    </h2>
  );
});

/**
 * Where focus goes in the list (focusRequest.ts): a function's name (added, or back by
 * undo), or after a removal the remove button of the function next to it, else the heading.
 */
/** Hours a function gets when it moves into the team with none asked (a shell function asks none). */
const OWN_FUNCTION_HOURS = 8;

/**
 * A new placement. A shell function asks no hours of the team; moved into the team with
 * none, it gets its template's usual hours (an own function 8), so the lane does not read
 * "24 van 0 uur" and the team's total counts it. The user can change them at once.
 */
function placementChange(
  fn: TeamFunction,
  placement: TeamFunction['placement'],
  root: { catalogue: { templateByKey: Map<string, { defaultHours: number }> } },
): Partial<TeamFunction> {
  if (placement !== 'team' || fn.hoursRequired > 0) return { placement };
  const template = fn.templateKey ? root.catalogue.templateByKey.get(fn.templateKey) : undefined;
  return { placement, hoursRequired: template?.defaultHours || OWN_FUNCTION_HOURS };
}

function focusTargetIn(list: HTMLElement | null, target: FocusTarget): HTMLElement | null | undefined {
  if (!list) return null;
  const row = (id: string) => list.querySelector<HTMLElement>(`[data-function-id="${CSS.escape(id)}"]`);
  if (target.kind === 'function') return row(target.functionId)?.querySelector<HTMLElement>('.function-edit-name');
  if (target.kind !== 'functionRemoved') return null;
  if (target.nextId === null) return list.querySelector<HTMLElement>('h2');
  return row(target.nextId)?.querySelector<HTMLElement>('[data-remove-function]');
}

const FunctionRow = observer(function FunctionRow({
  fn,
  scenarioId,
  nextId,
}: {
  fn: TeamFunction;
  scenarioId: string;
  /** The function whose remove button takes the focus when this one is removed (null: none left). */
  nextId: string | null;
}) {
  const root = useStores();
  const t = useT();
  const [open, setOpen] = useState(false);
  const update = (patch: Partial<TeamFunction>) => void root.execute(updateFunctionCommand(root, fn.id, patch));
  // Typed in a field: the field says its value, the announcer keeps quiet (UndoStack).
  const updateField = (patch: Partial<TeamFunction>) =>
    void root.execute(editedInField(updateFunctionCommand(root, fn.id, patch)));
  const fnName = root.catalogue.functionName(fn, root.ui.lang);
  // The button goes with the row: the focus moves on at once, before the store answers.
  const remove = () => {
    root.ui.requestFocus({ kind: 'functionRemoved', nextId });
    void root.execute(deleteFunctionCommand(root, scenarioId, fn.id, focusFunction(root.ui)));
  };
  return (
    <li className="function-edit" data-function={fn.name} data-function-id={fn.id}>
      <div className="function-edit-row">
        <strong className="function-edit-name" tabIndex={-1}>
          {fnName}
        </strong>
        <SelectField
          label={t('functions.placement')}
          spokenLabel={t('functions.placementOf', { fn: fnName })}
          value={fn.placement}
          options={[
            { id: 'team', label: t('placement.team') },
            { id: 'shell', label: t('placement.shell') },
          ]}
          onChange={(id) => id !== fn.placement && update(placementChange(fn, id as TeamFunction['placement'], root))}
        />
        <NumberInput
          className="field field-narrow"
          label={t('functions.hours')}
          spokenLabel={t('functions.hoursOf', { fn: fnName })}
          value={fn.hoursRequired}
          key={fn.hoursRequired}
          rule={FUNCTION_HOURS_RULE}
          onCommit={(hoursRequired) => hoursRequired !== null && updateField({ hoursRequired })}
        />
        <Button
          className="button button-small"
          onPress={() => setOpen(!open)}
          aria-expanded={open}
          aria-label={
            open
              ? t('functions.hideRequirementsOf', { fn: fnName })
              : t('functions.requirementsOf', { count: fn.requirements.length, fn: fnName })
          }
        >
          {open ? t('functions.hideRequirements') : t('functions.requirements', { count: fn.requirements.length })}
        </Button>
        <Button
          className="button-link danger"
          aria-label={t('functions.removeLabel', { fn: fnName })}
          onPress={remove}
          data-remove-function
        >
          {t('common.remove')}
        </Button>
      </div>
      {open && (
        <div className="function-details" role="group" aria-label={t('edit.fn.details', { fn: fnName })}>
          <RequirementEditor fn={fn} />
          <ExpertiseRequirementEditor fn={fn} />
          <FunctionRouteEditor fn={fn} />
        </div>
      )}
    </li>
  );
});
