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
import type { NumberReading, NumberRule } from '../../shared/i18n/numberInput.js';
import { NumberInput } from '../ui/NumberInput.js';
import '../print/print.css';
import './development.css';

// The form's limits, as the API's schema has them; a number outside stays in its field with the reason.
const STEPS_RULE: NumberRule = { min: 1, max: 20, whole: true };
const PER_PERSON_RULE: NumberRule = { min: 1, max: 4, whole: true };
const MONTHS_RULE: NumberRule = { min: 1, max: 240, whole: true, optional: true };

type NumberField = 'k' | 'perPerson' | 'months';

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
  // Fields whose text the rule refuses: no plan is made from the number that was there before.
  const [invalid, setInvalid] = useState<ReadonlySet<NumberField>>(new Set());
  const read = (field: NumberField, use: (value: number | null) => void) => (reading: NumberReading) => {
    setInvalid((before) => {
      const next = new Set(before);
      if (reading.ok) next.delete(field);
      else next.add(field);
      return next;
    });
    if (reading.ok) use(reading.value);
  };
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
          if (invalid.size === 0) void store.make();
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
        <NumberInput
          className="field development-number"
          label={t('development.form.k')}
          value={store.k}
          rule={STEPS_RULE}
          onChange={read('k', (value) => value !== null && store.setK(value))}
          testId="development-k"
        />
        <NumberInput
          className="field development-number"
          label={t('development.form.perPerson')}
          value={store.maxStepsPerPerson}
          rule={PER_PERSON_RULE}
          onChange={read('perPerson', (value) => value !== null && store.setMaxStepsPerPerson(value))}
          testId="development-per-person"
        />
        <NumberInput
          className="field development-number"
          label={t('development.form.months')}
          value={store.assessedWithinMonths}
          rule={MONTHS_RULE}
          onChange={read('months', (value) => store.setAssessedWithinMonths(value))}
          testId="development-months"
        />
        <ExcludePeoplePicker store={store} people={people} />
        <div className="development-actions">
          <button
            type="submit"
            className="button button-primary"
            disabled={store.making || invalid.size > 0}
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
