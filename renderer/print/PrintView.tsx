import { observer } from 'mobx-react-lite';
import { useStores } from '../app/StoreContext.js';
import { PrintDocument } from './PrintDocument.js';
import { buildPrintModel } from './printModel.js';
import { usePrintFooter } from './usePrintFooter.js';
import { localToday } from '../../shared/domain/today.js';

export function dutchDate(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' }).format(now);
}

/**
 * The printed overview of the open scenario. Mounted once in the app and shown only
 * in print media (print.css), so the desktop menu's Print / Print to PDF, Ctrl+P and
 * the browser's print all print this layout, wherever the user is in the planner.
 * It follows the stored plan, not a drag preview.
 */
export const PrintView = observer(function PrintView({ className = 'print-root' }: { className?: string }) {
  const { plan, catalogue, teams } = useStores();
  const view = plan.view;
  const dateText = dutchDate();
  usePrintFooter(view ? `Wijkteamplanner · ${view.plan.team.name} · afgedrukt op ${dateText}` : `Wijkteamplanner · ${dateText}`);
  if (!view) return null;
  const model = buildPrintModel(view.plan, localToday(), view.hoursElsewhere);
  const isMain = teams.scenarioById.get(view.scenarioId)?.isMain ?? true;
  return (
    <div className={className}>
      <PrintDocument
        model={model}
        scenarioName={isMain ? null : view.scenarioName}
        dateText={dateText}
        competencyName={(key) => catalogue.competencyName(key, 'nl')}
      />
    </div>
  );
});
