import { observer } from 'mobx-react-lite';
import { useRef } from 'react';
import { Checkbox, CheckboxGroup, Input, Label, TextField } from 'react-aria-components';
import {
  AGE_GROUPS,
  AGE_GROUP_INFO,
  ORGANISATION_TYPES,
  ORGANISATION_TYPE_INFO,
  POSITIONINGS,
  POSITIONING_INFO,
  POSITIONING_SOURCE,
  TEAM_MODELS,
  TEAM_MODEL_INFO,
  type AgeGroup,
  type OrganisationType,
  type Positioning,
  type TeamModel,
} from '../../shared/catalogue/teamDesign.js';
import { updateTeamCommand } from './teamCommands.js';
import { editedInField } from '../app/UndoStack.js';
import { ChoiceGroup } from '../ui/ChoiceGroup.js';
import { DesignQuestions } from './DesignQuestions.js';
import { FunctionEditorList } from './FunctionEditorList.js';
import { ModelProsCons } from './ModelProsCons.js';
import { ProposedFunctions } from './ProposedFunctions.js';
import { RemoveSample } from './RemoveSample.js';
import { PublishTeam } from '../sharing/PublishTeam.js';
import { RemoveTeam } from './RemoveTeam.js';
import { useT } from '../i18n/useT.js';
import { useStores } from '../app/StoreContext.js';
import { useFocusRequest } from '../app/focusRequest.js';
import { ConsultationsEditor } from './ConsultationsEditor.js';
import { FocusEditor } from './FocusEditor.js';
import { FrontFieldEditor } from './FrontFieldEditor.js';
import { LeaderEditor } from './LeaderEditor.js';
import { SourcesOverview } from './SourcesOverview.js';
import { SourceLine, useCitation } from './SourceLine.js';
import './design.css';
import { TeamNameField } from './TeamNameField.js';

/**
 * Team design, first as the articles insist: the three questions and the question axis,
 * type, model (with what the sources say about it), positioning, ages and focus; then the
 * voorliggend veld, the leader and consultation arrangements; then functions.
 */
export const TeamDesign = observer(function TeamDesign() {
  const root = useStores();
  const t = useT();
  const cite = useCitation();
  const team = root.plan.plan?.team;
  // A team just made ("Team maken") opens here with the focus on its heading.
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusRequest((target) => (target.kind === 'teamDesign' ? heading.current : null));
  if (!team) return null;
  const lang = root.ui.lang;
  const save = (patch: Parameters<typeof updateTeamCommand>[2]) =>
    void root.execute(updateTeamCommand(root, team.id, patch));
  // Typed in a field: the field says its value, the announcer keeps quiet (UndoStack).
  const saveField = (patch: Parameters<typeof updateTeamCommand>[2]) =>
    void root.execute(editedInField(updateTeamCommand(root, team.id, patch)));
  return (
    <div className="screen design" data-testid="design-screen">
      <header className="screen-header">
        <h1 ref={heading} tabIndex={-1}>
          {t('design.title', { team: team.name })}
        </h1>
        <p className="lead">{t('design.intro')}</p>
        <SourcesOverview />
        <PublishTeam />
      </header>
      <RemoveSample />
      <div className="design-grid">
        <div className="design-main">
          <fieldset className="design-basics">
            <legend>
              <h2 className="legend-heading">{t('design.basics')}</h2>
            </legend>
            <TeamNameField
              id={team.id}
              name={team.name}
              key={`name:${team.name}`}
              onSave={(name) => saveField({ name })}
            />
            <TextField
              className="field"
              defaultValue={team.area}
              key={`area:${team.area}`}
              onBlur={(e) => {
                const value = (e.target as HTMLInputElement).value.trim();
                if (value !== team.area) saveField({ area: value });
              }}
            >
              <Label>{t('design.area')}</Label>
              <Input />
            </TextField>
          </fieldset>
          <DesignQuestions team={team} />
          <ChoiceGroup
            label={t('design.organisationType')}
            value={team.organisationType}
            choices={ORGANISATION_TYPES.map((o) => ({
              id: o,
              label: ORGANISATION_TYPE_INFO[o].name[lang],
              description: t('designScreen.withSource', {
                text: ORGANISATION_TYPE_INFO[o].summary.text[lang],
                ...cite(ORGANISATION_TYPE_INFO[o].summary.source),
              }),
            }))}
            onChange={(id) => save({ organisationType: id as OrganisationType })}
            testId="organisation-type"
          />
          <ChoiceGroup
            label={t('design.model')}
            value={team.model}
            choices={TEAM_MODELS.map((m) => ({ id: m, label: TEAM_MODEL_INFO[m].name[lang] }))}
            onChange={(id) => save({ model: id as TeamModel })}
            testId="team-model"
          />
          <ChoiceGroup
            label={t('design.positioning')}
            value={team.positioning}
            choices={POSITIONINGS.map((p) => ({ id: p, label: POSITIONING_INFO[p].name[lang] }))}
            onChange={(id) => save({ positioning: id as Positioning })}
          />
          <SourceLine source={POSITIONING_SOURCE} />
          <CheckboxGroup
            className="choice-group"
            value={[...team.ageGroups]}
            onChange={(values) => save({ ageGroups: AGE_GROUPS.filter((a) => values.includes(a)) as AgeGroup[] })}
          >
            <Label className="group-label">{t('design.ageGroups')}</Label>
            <div className="choices choices-inline">
              {AGE_GROUPS.map((a) => (
                <Checkbox key={a} value={a} className="checkbox">
                  <span className="checkbox-box" aria-hidden="true" />
                  {AGE_GROUP_INFO[a].name[lang]}
                </Checkbox>
              ))}
            </div>
          </CheckboxGroup>
          {/* The bands are ours, not the sources': say so where they are chosen. */}
          <p className="muted">{t('cat.ageGroup.note')}</p>
          <FocusEditor team={team} />
        </div>
        <ModelProsCons team={team} />
      </div>
      <div className="design-setup">
        <FrontFieldEditor team={team} />
        <LeaderEditor team={team} />
        <ConsultationsEditor team={team} />
      </div>
      <ProposedFunctions />
      <FunctionEditorList />
      <RemoveTeam />
    </div>
  );
});
