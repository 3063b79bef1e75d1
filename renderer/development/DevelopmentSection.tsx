import { observer } from 'mobx-react-lite';
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Lang } from '../../shared/domain/text.js';
import { formatDay } from '../../shared/i18n/dateText.js';
import { getDesktopBridge } from '../api/transport/desktopBridge.js';
import { useStores } from '../app/StoreContext.js';
import { useTranslator } from '../i18n/useT.js';
import { usePrintFooter } from '../print/usePrintFooter.js';
import { DevelopmentPlanView } from './DevelopmentPlanView.js';
import { ExcludePeoplePicker } from './ExcludePeoplePicker.js';
import '../print/print.css';
import './development.css';

/** The plan's page footer; mounted anew at each print so its rules come after the team overview's. */
function DevelopmentFooter({ text, lang }: { text: string; lang: Lang }) {
  usePrintFooter(text, lang);
  return null;
}

/**
 * "Ontwikkelplan" on the HR screen: for all teams or one, the best k development steps
 * under the user's rules, per person, with what each closes; export to XLSX and print on
 * A4. The teams and people come from the HR overview already loaded.
 */
export const DevelopmentSection = observer(function DevelopmentSection() {
  const root = useStores();
  const { ui } = root;
  const { t, render } = useTranslator();
  const store = root.development;
  const lang = ui.lang;
  // The teams to choose from are every team's main scenario (not the HR filter's rows); the
  // people to leave out are the whole pool (leaving out someone outside the scope changes nothing).
  const mains = root.teams.teams.flatMap((team) => {
    const main = root.teams.mainScenario(team.id);
    return main ? [{ scenarioId: main.id, teamName: team.name }] : [];
  });
  const people = root.professionals.sorted.map((p) => [p.id, p.name] as const);
  const dateText = formatDay(lang, new Date());
  const scopeName =
    store.scope.kind === 'allTeams'
      ? t('development.form.scope.all')
      : (mains.find((s) => s.scenarioId === (store.scope as { scenarioId: string }).scenarioId)?.teamName ?? '');
  const [printRound, setPrintRound] = useState(0);
  useEffect(() => {
    // Registered after the print root's listener, so this runs after the team overview mounted.
    const before = () => flushSync(() => setPrintRound((n) => n + 1));
    const after = () => store.setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, [store]);
  const bridge = getDesktopBridge(window as unknown as { planner?: unknown });
  const print = () => {
    store.setPrinting(true);
    // After the print view has rendered: the plan alone is then what the page shows on paper.
    requestAnimationFrame(() => {
      if (!bridge) return window.print();
      void bridge.print().then((result) => {
        store.setPrinting(false);
        if (!result.ok) ui.notify('error', result.error.text);
      });
    });
  };

  return (
    <section
      className="panel development-section"
      aria-labelledby="development-title"
      data-testid="development-section"
    >
      {store.printing && (
        <DevelopmentFooter
          key={printRound}
          text={t('development.printFooter', { scope: scopeName, date: dateText })}
          lang={lang}
        />
      )}
      <header className="development-head">
        <h2 id="development-title">{t('development.title')}</h2>
        <p className="lead">{t('development.intro')}</p>
      </header>
      <form
        className="development-form"
        onSubmit={(e) => {
          e.preventDefault();
          void store.make();
        }}
      >
        <label className="field">
          <span>{t('development.form.scope')}</span>
          <select
            value={store.scope.kind === 'allTeams' ? '' : store.scope.scenarioId}
            onChange={(e) =>
              store.setScope(
                e.target.value === '' ? { kind: 'allTeams' } : { kind: 'scenario', scenarioId: e.target.value },
              )
            }
            data-testid="development-scope"
          >
            <option value="">{t('development.form.scope.all')}</option>
            {mains.map((s) => (
              <option key={s.scenarioId} value={s.scenarioId}>
                {s.teamName}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('development.form.k')}</span>
          <input
            type="number"
            min={1}
            max={20}
            value={store.k}
            onChange={(e) => store.setK(Number(e.target.value))}
            data-testid="development-k"
          />
        </label>
        <label className="field">
          <span>{t('development.form.perPerson')}</span>
          <input
            type="number"
            min={1}
            max={4}
            value={store.maxStepsPerPerson}
            onChange={(e) => store.setMaxStepsPerPerson(Number(e.target.value))}
            data-testid="development-per-person"
          />
        </label>
        <label className="field">
          <span>{t('development.form.months')}</span>
          <input
            type="number"
            min={1}
            max={240}
            value={store.assessedWithinMonths ?? ''}
            onChange={(e) => store.setAssessedWithinMonths(e.target.value === '' ? null : Number(e.target.value))}
            data-testid="development-months"
          />
        </label>
        <ExcludePeoplePicker store={store} people={people} />
        <div className="development-actions">
          <button
            type="submit"
            className="button button-primary"
            disabled={store.making}
            data-testid="development-make"
          >
            {t('development.form.make')}
          </button>
          <button
            type="button"
            className="button"
            disabled={!store.plan || store.exporting}
            onClick={() => void store.exportXlsx(lang)}
            data-testid="development-export"
          >
            {t('development.form.export')}
          </button>
          <button
            type="button"
            className="button"
            disabled={!store.plan}
            onClick={print}
            data-testid="development-print"
          >
            {t('development.form.print')}
          </button>
        </div>
      </form>
      <p className="development-status" role="status">
        {store.making && t('development.busy')}
      </p>
      {store.error && (
        <p className="empty-state" role="alert">
          {t('development.failed', { reason: render(store.error) })}
        </p>
      )}
      {store.plan ? (
        <article
          className="development-doc"
          id={store.printing ? 'development-print-doc' : undefined}
          data-testid="development-doc"
          aria-labelledby="development-doc-title"
        >
          <h3 id="development-doc-title" className="development-doc-title">
            {t('development.printTitle', { scope: scopeName })}
          </h3>
          <p className="development-print-only">{t('development.printedOn', { date: dateText })}</p>
          <DevelopmentPlanView plan={store.plan} headingLevel={4} />
          <p className="development-weights muted">{t('development.weights')}</p>
        </article>
      ) : (
        !store.making && (
          <p className="muted">{mains.length === 0 ? t('development.noTeams') : t('development.empty')}</p>
        )
      )}
    </section>
  );
});
