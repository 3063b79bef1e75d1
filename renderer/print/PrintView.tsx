import { observer } from 'mobx-react-lite';
import { useStores } from '../app/StoreContext.js';
import { PrintDocument } from './PrintDocument.js';
import { buildPrintModel } from './printModel.js';
import { usePrintFooter } from './usePrintFooter.js';
import { localToday } from '../../shared/domain/today.js';
import { formatDay } from '../../shared/i18n/dateText.js';
import { translator } from '../../shared/i18n/translator.js';

/**
 * The printed overview of the open scenario. Mounted once in the app and shown only
 * in print media (print.css), so the desktop menu's Print / Print to PDF, Ctrl+P and
 * the browser's print all print this layout, wherever the user is in the planner.
 * It follows the stored plan, not a drag preview, and the UI's language.
 */
export const PrintView = observer(function PrintView({
  className = 'print-root',
  preview = false,
}: {
  className?: string;
  /** Shown inside the print screen, whose own h1 comes first. */
  preview?: boolean;
}) {
  const { plan, catalogue, teams, ui } = useStores();
  const { lang } = ui;
  const { t } = translator(lang);
  const view = plan.view;
  // "23 november 2026": the planner's one way of writing a date (shared/i18n/dateText.ts).
  const dateText = formatDay(lang, new Date());
  usePrintFooter(
    view
      ? t('printDoc.footer', { team: view.plan.team.name, date: dateText })
      : t('printDoc.footerNoTeam', { date: dateText }),
    lang,
  );
  if (!view) return null;
  const model = buildPrintModel(view.plan, localToday(), view.hoursElsewhere, (fn) => catalogue.functionName(fn, lang));
  const isMain = teams.scenarioById.get(view.scenarioId)?.isMain ?? true;
  return (
    <div className={className}>
      <PrintDocument
        model={model}
        scenarioName={isMain ? null : view.scenarioName}
        dateText={dateText}
        competencyName={(key) => catalogue.competencyName(key, lang)}
        lang={lang}
        titleLevel={preview ? 'h2' : 'h1'}
      />
    </div>
  );
});
