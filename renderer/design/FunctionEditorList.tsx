import { MAX_FUNCTION_HOURS } from '../../shared/domain/hourLimits.js';
import { observer } from 'mobx-react-lite';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import type { TeamFunction } from '../../shared/domain/schemas.js';
import { deleteFunctionCommand, updateFunctionCommand } from './functionCommands.js';
import { NewFunctionForm } from './NewFunctionForm.js';
import { useT } from '../i18n/useT.js';
import { useStores } from '../app/StoreContext.js';
import { RequirementEditor } from './RequirementEditor.js';
import { ExpertiseRequirementEditor } from './ExpertiseRequirementEditor.js';
import { FunctionRouteEditor } from './FunctionRouteEditor.js';
import { SelectField } from '../ui/SelectField.js';
import { NumberInput } from '../ui/NumberInput.js';
import type { NumberRule } from '../../shared/i18n/numberInput.js';

/**
 * The team's functions: placement (team or shell), hours needed; opened, a function shows
 * its competency and vakkennis requirements, life domains and its route to the schil.
 * Add a function of your own.
 */
/** Hours a week a function needs: it may need more than one full-time person (the schema allows 1000). */
const HOURS_REQUIRED: NumberRule = { min: 0, max: MAX_FUNCTION_HOURS };

export const FunctionEditorList = observer(function FunctionEditorList() {
  const root = useStores();
  const t = useT();
  const view = root.plan.view;
  if (!view) return null;
  return (
    <section className="function-editor" aria-labelledby="functions-edit-title" data-testid="function-editor">
      <h2 id="functions-edit-title">{t('functions.title')}</h2>
      {view.plan.functions.length === 0 && <p className="empty-state">{t('functions.empty')}</p>}
      <ul className="function-edit-list">
        {view.plan.functions.map((fn) => (
          <FunctionRow key={fn.id} fn={fn} scenarioId={view.scenarioId} />
        ))}
      </ul>
      <NewFunctionForm scenarioId={view.scenarioId} functions={view.plan.functions} />
    </section>
  );
});

const FunctionRow = observer(function FunctionRow({ fn, scenarioId }: { fn: TeamFunction; scenarioId: string }) {
  const root = useStores();
  const t = useT();
  const [open, setOpen] = useState(false);
  const update = (patch: Partial<TeamFunction>) => void root.execute(updateFunctionCommand(root, fn.id, patch));
  return (
    <li className="function-edit" data-function={fn.name}>
      <div className="function-edit-row">
        <strong className="function-edit-name">{root.catalogue.functionName(fn, root.ui.lang)}</strong>
        <SelectField
          label={t('functions.placement')}
          value={fn.placement}
          options={[
            { id: 'team', label: t('placement.team') },
            { id: 'shell', label: t('placement.shell') },
          ]}
          onChange={(id) => id !== fn.placement && update({ placement: id as TeamFunction['placement'] })}
        />
        <NumberInput
          className="field field-narrow"
          label={t('functions.hours')}
          value={fn.hoursRequired}
          key={fn.hoursRequired}
          rule={HOURS_REQUIRED}
          onCommit={(hoursRequired) => hoursRequired !== null && update({ hoursRequired })}
        />
        <Button className="button button-small" onPress={() => setOpen(!open)} aria-expanded={open}>
          {open ? t('functions.hideRequirements') : t('functions.requirements', { count: fn.requirements.length })}
        </Button>
        <Button
          className="button-link danger"
          aria-label={t('functions.removeLabel', { fn: root.catalogue.functionName(fn, root.ui.lang) })}
          onPress={() => void root.execute(deleteFunctionCommand(root, scenarioId, fn.id))}
        >
          {t('common.remove')}
        </Button>
      </div>
      {open && (
        <div
          className="function-details"
          role="group"
          aria-label={t('edit.fn.details', { fn: root.catalogue.functionName(fn, root.ui.lang) })}
        >
          <RequirementEditor fn={fn} />
          <ExpertiseRequirementEditor fn={fn} />
          <FunctionRouteEditor fn={fn} />
        </div>
      )}
    </li>
  );
});
