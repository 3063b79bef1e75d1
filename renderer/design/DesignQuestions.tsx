import { observer } from 'mobx-react-lite';
import { Checkbox, Label, TextArea, TextField } from 'react-aria-components';
import {
  BREADTH_SCOPES,
  DEPTH_MODES,
  DESIGN_QUESTIONS,
  INTEGRATION_MODES,
  type BreadthScope,
  type DepthMode,
  type IntegrationMode,
} from '../../shared/catalogue/teamDesign.js';
import type { Team, TeamDesign } from '../../shared/domain/schemas.js';
import { updateTeamCommand } from './teamCommands.js';
import { useT } from '../i18n/useT.js';
import { useStores } from '../app/StoreContext.js';
import { ChoiceGroup } from '../ui/ChoiceGroup.js';

/** Hoe breed, hoe ver, hoe geïntegreerd: answered together, each with a note. */
export const DesignQuestions = observer(function DesignQuestions({ team }: { team: Team }) {
  const root = useStores();
  const t = useT();
  const lang = root.ui.lang;
  const d = team.design;
  const save = (design: TeamDesign) => void root.execute(updateTeamCommand(root, team.id, { design }));
  const notes = (value: string, current: string, apply: (notes: string) => TeamDesign) => {
    if (value !== current) save(apply(value));
  };
  return (
    <fieldset className="design-questions">
      <legend>{t('design.questions')}</legend>
      <div className="question">
        <ChoiceGroup
          label={DESIGN_QUESTIONS.breadth.question[lang]}
          description={DESIGN_QUESTIONS.breadth.help[lang]}
          value={d.breadth.scope}
          choices={BREADTH_SCOPES.map((s) => ({ id: s, label: DESIGN_QUESTIONS.breadth.options[s][lang] }))}
          onChange={(scope) => save({ ...d, breadth: { ...d.breadth, scope: scope as BreadthScope } })}
          testId="question-breadth"
        />
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
          description={DESIGN_QUESTIONS.depth.help[lang]}
          value={d.depth.mode}
          choices={DEPTH_MODES.map((m) => ({ id: m, label: DESIGN_QUESTIONS.depth.options[m][lang] }))}
          onChange={(mode) => save({ ...d, depth: { ...d.depth, mode: mode as DepthMode } })}
          testId="question-depth"
        />
        <NotesField
          label={t('design.notes')}
          value={d.depth.notes}
          onCommit={(v) => notes(v, d.depth.notes, (n) => ({ ...d, depth: { ...d.depth, notes: n } }))}
        />
      </div>
      <div className="question">
        <ChoiceGroup
          label={DESIGN_QUESTIONS.integration.question[lang]}
          description={DESIGN_QUESTIONS.integration.help[lang]}
          value={d.integration.mode}
          choices={INTEGRATION_MODES.map((m) => ({ id: m, label: DESIGN_QUESTIONS.integration.options[m][lang] }))}
          onChange={(mode) => save({ ...d, integration: { ...d.integration, mode: mode as IntegrationMode } })}
          testId="question-integration"
        />
        <NotesField
          label={t('design.notes')}
          value={d.integration.notes}
          onCommit={(v) =>
            notes(v, d.integration.notes, (n) => ({ ...d, integration: { ...d.integration, notes: n } }))
          }
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
