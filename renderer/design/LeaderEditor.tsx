import { observer } from 'mobx-react-lite';
import { Button } from 'react-aria-components';
import { ACCOUNTABILITIES, ACCOUNTABILITY_INFO } from '../../shared/catalogue/teamDesign.js';
import { hu2014 } from '../../shared/catalogue/sources.js';
import type { Team } from '../../shared/domain/schemas.js';
import { updateTeamCommand } from './teamCommands.js';
import { editedInField } from '../app/UndoStack.js';
import { useT, useTranslator } from '../i18n/useT.js';
import { useStores } from '../app/StoreContext.js';
import { SelectField } from '../ui/SelectField.js';
import { CommitField } from './CommitField.js';
import { NumberInput } from '../ui/NumberInput.js';
import type { NumberRule } from '../../shared/i18n/numberInput.js';
import { SourceLine } from './SourceLine.js';
import { teamSpan } from './teamSpan.js';

type Leader = NonNullable<Team['leader']>;
type Accountability = NonNullable<Leader['accountableTo']>;

const NOBODY = '';
// Empty means: this team's members (shown as the placeholder).
const PEOPLE: NumberRule = { min: 0, whole: true, optional: true };
const FTE: NumberRule = { min: 0, optional: true };
const EMPTY_LEADER: Leader = {
  professionalId: null,
  name: '',
  accountableTo: null,
  spanPeople: null,
  spanFte: null,
  spanLimitPeople: null,
};

/**
 * The team's own leidinggevende (an integral team has one, says the 2014 article): a
 * professional of the pool or a typed name, whom they answer to, and how many people and
 * fte they lead in total. An empty span means this team's members, shown as placeholder.
 */
export const LeaderEditor = observer(function LeaderEditor({ team }: { team: Team }) {
  const root = useStores();
  const t = useT();
  const { number } = useTranslator();
  const lang = root.ui.lang;
  const leader = team.leader;
  const save = (next: Leader | null, inField = false) => {
    const command = updateTeamCommand(root, team.id, { leader: next });
    void root.execute(inField ? editedInField(command) : command);
  };
  const change = (patch: Partial<Leader>, inField = false) => save({ ...(leader ?? EMPTY_LEADER), ...patch }, inField);
  // Typed in a field (the name, the spans): the field says its value, the announcer keeps quiet
  // (UndoStack). The two choices and the add and remove buttons are still announced.
  const changeField = (patch: Partial<Leader>) => change(patch, true);
  const span = teamSpan(root.plan.assignments);
  return (
    <fieldset className="leader" data-testid="leader">
      <legend>
        <h2 className="legend-heading">{t('designScreen.leader.title')}</h2>
      </legend>
      <p className="muted">
        {t('designScreen.leader.explain')} <SourceLine source={hu2014('models')} />
      </p>
      {leader === null ? (
        <>
          <p className="muted">{t('designScreen.leader.none')}</p>
          <Button className="button button-small" onPress={() => save(EMPTY_LEADER)} data-testid="leader-add">
            {t('designScreen.leader.add')}
          </Button>
        </>
      ) : (
        <div className="editor-grid">
          <SelectField
            label={t('designScreen.leader.fromPool')}
            options={[
              { id: NOBODY, label: t('designScreen.leader.nobody') },
              ...root.plan.professionals.map((p) => ({ id: p.id, label: p.name })),
            ]}
            value={leader.professionalId ?? NOBODY}
            onChange={(id) => {
              const person = root.plan.professionalById.get(id);
              change({ professionalId: person ? id : null, name: person ? person.name : leader.name });
            }}
            testId="leader-pool"
          />
          <CommitField
            label={t('designScreen.leader.name')}
            value={leader.name}
            onCommit={(name) => changeField({ name: name.trim(), professionalId: null })}
            testId="leader-name"
          />
          <SelectField
            label={t('designScreen.leader.accountableTo')}
            options={ACCOUNTABILITIES.map((a) => ({ id: a, label: ACCOUNTABILITY_INFO[a].name[lang] }))}
            value={leader.accountableTo}
            placeholder={t('designScreen.leader.notYet')}
            onChange={(a) => change({ accountableTo: a as Accountability })}
            testId="leader-accountable"
          />
          <NumberInput
            label={t('designScreen.leader.spanPeople')}
            placeholder={String(span.people)}
            value={leader.spanPeople}
            key={`people:${leader.spanPeople}`}
            rule={PEOPLE}
            onCommit={(spanPeople) => changeField({ spanPeople })}
            testId="leader-span-people"
          />
          <NumberInput
            label={t('designScreen.leader.spanFte')}
            placeholder={number(span.fte)}
            value={leader.spanFte}
            key={`fte:${leader.spanFte}`}
            rule={FTE}
            onCommit={(spanFte) => changeField({ spanFte })}
            testId="leader-span-fte"
          />
          <p className="muted editor-grid-wide">
            {t('designScreen.leader.spanHint', { people: span.people, fte: number(span.fte) })}
          </p>
          <NumberInput
            label={t('designScreen.leader.spanLimit')}
            value={leader.spanLimitPeople}
            key={`limit:${leader.spanLimitPeople}`}
            rule={PEOPLE}
            onCommit={(v) => changeField({ spanLimitPeople: v === 0 ? null : v })}
            testId="leader-span-limit"
          />
          <p className="muted editor-grid-wide">{t('designScreen.leader.spanLimitHint')}</p>
          <Button className="button button-small button-quiet" onPress={() => save(null)}>
            {t('designScreen.leader.remove')}
          </Button>
        </div>
      )}
    </fieldset>
  );
});
