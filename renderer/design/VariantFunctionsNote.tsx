import { observer } from 'mobx-react-lite';
import { useStores } from '../app/StoreContext.js';
import { useT } from '../i18n/useT.js';

/**
 * Functions belong to a scenario, the rest of the design to the team. With a variant open,
 * the design screen edits that variant's functions only: said under the list's heading, so a
 * team leader who changes hours or requirements here does not think the team itself changed
 * (the main scenario, which the print and HR show, stays as it is).
 */
export const VariantFunctionsNote = observer(function VariantFunctionsNote({ scenarioId }: { scenarioId: string }) {
  const { teams } = useStores();
  const t = useT();
  const scenario = teams.scenarioById.get(scenarioId);
  if (!scenario || scenario.isMain) return null;
  const main = teams.mainScenario(scenario.teamId);
  return (
    <p className="callout" data-testid="variant-functions-note">
      {t('functions.inScenarioNote', { scenario: scenario.name, main: main?.name ?? '' })}
    </p>
  );
});
