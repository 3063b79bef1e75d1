import { observer } from 'mobx-react-lite';
import { useT } from '../i18n/useT.js';
import { useStores } from './StoreContext.js';
import { LazySelectField } from '../ui/LazySelectField.js';
import { LazySearchPickerField } from '../ui/LazySearchPickerField.js';

/**
 * Which team and which scenario of it is open. The team is searched for (a region has 200
 * teams, all called "Wijkteam ..."); a team has a few scenarios, so they are a select. Both
 * are lazy: at start the header shows look-alikes, and each becomes react-aria's control
 * when the user first comes to it.
 */
export const TeamPicker = observer(function TeamPicker() {
  const root = useStores();
  const t = useT();
  // Ids, not the view: the view changes with every edit of the plan, these only when another team or scenario opens.
  const teamId = root.plan.openTeamId;
  const scenarioId = root.plan.openScenarioId;
  const team = teamId ? root.teams.byId.get(teamId) : undefined;
  const teamOptions = root.teams.teams.map((tm) => ({
    id: tm.id,
    label: tm.isSample ? `${tm.name} (${t('team.sample')})` : tm.name,
  }));
  const mainWord = t('scenario.main');
  const scenarioOptions = (team?.scenarios ?? []).map((s) => ({
    id: s.id,
    // Marked as the main one, unless its name already says so ("Hoofdscenario (hoofdscenario)").
    label: s.isMain && s.name.toLocaleLowerCase() !== mainWord.toLocaleLowerCase() ? `${s.name} (${mainWord})` : s.name,
  }));
  return (
    <div className="team-picker">
      <LazySearchPickerField
        label={t('header.team')}
        options={teamOptions}
        value={teamId}
        placeholder={t('header.chooseTeam')}
        showAllLabel={t('header.showAllTeams')}
        noMatch={(typed) => t('header.noTeamFound', { typed })}
        onChange={(id) => void root.openTeam(id)}
        testId="team-picker"
      />
      {team && scenarioOptions.length > 1 && (
        <LazySelectField
          label={t('header.scenario')}
          options={scenarioOptions}
          value={scenarioId}
          onChange={(id) => void root.openScenario(id)}
          testId="scenario-picker"
          fullValueTooltip
        />
      )}
    </div>
  );
});
