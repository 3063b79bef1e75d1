import { observer } from 'mobx-react-lite';
import { Checkbox, Label, TextArea, TextField } from 'react-aria-components';
import {
  BREADTH_SCOPES,
  DEPTH_MODES,
  DESIGN_QUESTIONS,
  INTEGRATION_MODES,
  QUESTION_ARRIVAL,
  QUESTION_ARRIVAL_INFO,
  QUESTION_REACH,
  QUESTION_REACH_INFO,
  type BreadthScope,
  type DepthMode,
  type IntegrationMode,
} from '../../shared/catalogue/teamDesign.js';
import type { Team, TeamDesign } from '../../shared/domain/schemas.js';
import { updateTeamCommand } from './teamCommands.js';
import { editedInField } from '../app/UndoStack.js';
import { useT } from '../i18n/useT.js';
import { useStores } from '../app/StoreContext.js';
import { ChoiceGroup } from '../ui/ChoiceGroup.js';
import { SourceLine } from './SourceLine.js';

type Questions = TeamDesign['questions'];

/**
 * Hoe breed, hoe ver, hoe geïntegreerd (the 2014 article), answered together, each with a
 * note; then which questions reach the team and how (the 2017 article's A1/A2 axis).
 * Every help text names its source.
 */
export const DesignQuestions = observer(function DesignQuestions({ team }: { team: Team }) {
  const root = useStores();
  const t = useT();
  const lang = root.ui.lang;
  const d = team.design;
  const save = (design: TeamDesign) => void root.execute(updateTeamCommand(root, team.id, { design }));
  const notes = (value: string, current: string, apply: (notes: string) => TeamDesign) => {
    // Typed in a field: the field says its value, the announcer keeps quiet (UndoStack).
    if (value !== current) void root.execute(editedInField(updateTeamCommand(root, team.id, { design: apply(value) })));
  };
  return (
    <fieldset className="design-questions">
      <legend>
        <h2 className="legend-heading">{t('design.questions')}</h2>
      </legend>
      <div className="question">
        <ChoiceGroup
          label={DESIGN_QUESTIONS.breadth.question[lang]}
          description={DESIGN_QUESTIONS.breadth.help.text[lang]}
          value={d.breadth.scope}
          choices={BREADTH_SCOPES.map((s) => ({ id: s, label: DESIGN_QUESTIONS.breadth.options[s][lang] }))}
          onChange={(scope) => save({ ...d, breadth: { ...d.breadth, scope: scope as BreadthScope } })}
          testId="question-breadth"
        />
        <SourceLine source={DESIGN_QUESTIONS.breadth.help.source} />
        <Checkbox
          className="checkbox"
          isSelected={d.breadth.collective}
          onChange={(collective) => save({ ...d, breadth: { ...d.breadth, collective } })}
        >
          <span className="checkbox-box" aria-hidden="true" />
          {t('design.collective')}
        </Checkbox>
        <NotesField
          label={t('design.notes')}
          value={d.breadth.notes}
          onCommit={(v) => notes(v, d.breadth.notes, (n) => ({ ...d, breadth: { ...d.breadth, notes: n } }))}
        />
      </div>
      <div className="question">
        <ChoiceGroup
          label={DESIGN_QUESTIONS.depth.question[lang]}
          description={DESIGN_QUESTIONS.depth.help.text[lang]}
          value={d.depth.mode}
          choices={DEPTH_MODES.map((m) => ({ id: m, label: DESIGN_QUESTIONS.depth.options[m][lang] }))}
          onChange={(mode) => save({ ...d, depth: { ...d.depth, mode: mode as DepthMode } })}
          testId="question-depth"
        />
        <SourceLine source={DESIGN_QUESTIONS.depth.help.source} />
        <NotesField
          label={t('design.notes')}
          value={d.depth.notes}
          onCommit={(v) => notes(v, d.depth.notes, (n) => ({ ...d, depth: { ...d.depth, notes: n } }))}
        />
      </div>
      <div className="question">
        <ChoiceGroup
          label={DESIGN_QUESTIONS.integration.question[lang]}
          description={DESIGN_QUESTIONS.integration.help.text[lang]}
          value={d.integration.mode}
          choices={INTEGRATION_MODES.map((m) => ({ id: m, label: DESIGN_QUESTIONS.integration.options[m][lang] }))}
          onChange={(mode) => save({ ...d, integration: { ...d.integration, mode: mode as IntegrationMode } })}
          testId="question-integration"
        />
        <SourceLine source={DESIGN_QUESTIONS.integration.help.source} />
        <NotesField
          label={t('design.notes')}
          value={d.integration.notes}
          onCommit={(v) =>
            notes(v, d.integration.notes, (n) => ({ ...d, integration: { ...d.integration, notes: n } }))
          }
        />
      </div>
      <div className="question question-axis" data-testid="question-axis">
        <p className="muted">
          {DESIGN_QUESTIONS.questions.help.text[lang]} <SourceLine source={DESIGN_QUESTIONS.questions.help.source} />
        </p>
        <ChoiceGroup
          label={DESIGN_QUESTIONS.questions.reachQuestion[lang]}
          value={d.questions.reach}
          choices={QUESTION_REACH.map((r) => ({ id: r, label: QUESTION_REACH_INFO[r].name[lang] }))}
          onChange={(reach) => save({ ...d, questions: { ...d.questions, reach: reach as Questions['reach'] } })}
          testId="question-reach"
        />
        <ChoiceGroup
          label={DESIGN_QUESTIONS.questions.arrivalQuestion[lang]}
          value={d.questions.arrival}
          choices={QUESTION_ARRIVAL.map((a) => ({ id: a, label: QUESTION_ARRIVAL_INFO[a].name[lang] }))}
          onChange={(arrival) =>
            save({ ...d, questions: { ...d.questions, arrival: arrival as Questions['arrival'] } })
          }
          testId="question-arrival"
        />
        <NotesField
          label={t('design.notes')}
          value={d.questions.notes}
          onCommit={(v) => notes(v, d.questions.notes, (n) => ({ ...d, questions: { ...d.questions, notes: n } }))}
        />
      </div>
    </fieldset>
  );
});

/** Free text saved when the field loses focus (one undo step per note, not per key). */
function NotesField({ label, value, onCommit }: { label: string; value: string; onCommit: (value: string) => void }) {
  return (
    <TextField
      className="field"
      defaultValue={value}
      key={value}
      onBlur={(e) => onCommit((e.target as unknown as HTMLTextAreaElement).value)}
    >
      <Label>{label}</Label>
      <TextArea rows={2} />
    </TextField>
  );
}
