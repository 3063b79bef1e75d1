import { observer } from 'mobx-react-lite';
import { Checkbox, CheckboxGroup, Label } from 'react-aria-components';
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
import type { Team } from '../../shared/domain/schemas.js';
import { useStores } from '../app/StoreContext.js';
import { useT } from '../i18n/useT.js';
import { ChoiceGroup } from '../ui/ChoiceGroup.js';
import { SourceLine, useCitation } from './SourceLine.js';
import { updateTeamCommand } from './teamCommands.js';

/**
 * The team's four choices: organisation type, model, positioning and age groups. Each is
 * an observer of its own that reads only its field of the open team (`PlanStore.openTeam`),
 * so a click on one renders that group again and not the others (a choice is announced:
 * not `editedInField`).
 */
type Fields = Parameters<typeof updateTeamCommand>[2];

function useSave(team: Team): (patch: Fields) => void {
  const root = useStores();
  return (patch) => void root.execute(updateTeamCommand(root, team.id, patch));
}

export const OrganisationTypeChoice = observer(function OrganisationTypeChoice({ team }: { team: Team }) {
  const { ui } = useStores();
  const t = useT();
  const cite = useCitation();
  const save = useSave(team);
  return (
    <ChoiceGroup
      label={t('design.organisationType')}
      value={team.organisationType}
      choices={ORGANISATION_TYPES.map((o) => ({
        id: o,
        label: ORGANISATION_TYPE_INFO[o].name[ui.lang],
        description: t('designScreen.withSource', {
          text: ORGANISATION_TYPE_INFO[o].summary.text[ui.lang],
          ...cite(ORGANISATION_TYPE_INFO[o].summary.source),
        }),
      }))}
      onChange={(id) => save({ organisationType: id as OrganisationType })}
      testId="organisation-type"
    />
  );
});

export const ModelChoice = observer(function ModelChoice({ team }: { team: Team }) {
  const { ui } = useStores();
  const t = useT();
  const save = useSave(team);
  return (
    <ChoiceGroup
      label={t('design.model')}
      value={team.model}
      choices={TEAM_MODELS.map((m) => ({ id: m, label: TEAM_MODEL_INFO[m].name[ui.lang] }))}
      onChange={(id) => save({ model: id as TeamModel })}
      testId="team-model"
    />
  );
});

export const PositioningChoice = observer(function PositioningChoice({ team }: { team: Team }) {
  const { ui } = useStores();
  const t = useT();
  const save = useSave(team);
  return (
    <>
      <ChoiceGroup
        label={t('design.positioning')}
        value={team.positioning}
        choices={POSITIONINGS.map((p) => ({ id: p, label: POSITIONING_INFO[p].name[ui.lang] }))}
        onChange={(id) => save({ positioning: id as Positioning })}
      />
      <SourceLine source={POSITIONING_SOURCE} />
    </>
  );
});

export const AgeGroupsChoice = observer(function AgeGroupsChoice({ team }: { team: Team }) {
  const { ui } = useStores();
  const t = useT();
  const save = useSave(team);
  return (
    <>
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
              {AGE_GROUP_INFO[a].name[ui.lang]}
            </Checkbox>
          ))}
        </div>
      </CheckboxGroup>
      {/* The bands are ours, not the sources': say so where they are chosen. */}
      <p className="muted">{t('cat.ageGroup.note')}</p>
    </>
  );
});
