import { observer } from 'mobx-react-lite';
import { useEffect, useRef, useState } from 'react';
import type { DevelopmentPlan } from '../../shared/api/developmentSchemas.js';
import { localToday } from '../../shared/domain/today.js';
import { ADVICE_ONLY, effectText, stepWhat } from '../../shared/development/planTexts.js';
import { useStores } from '../app/StoreContext.js';
import { useTranslator } from '../i18n/useT.js';
import './development.css';

/** Steps asked for one person: as many as a year's plan could hold for them. */
const PERSON_STEPS = 3;

/** How long the levels must rest before the advice is asked again (a user often sets several in a row). */
const LEVELS_REST_MS = 400;

/**
 * "Ontwikkeladvies" on a person's page: the best steps for this person alone over all
 * teams they work in (the development plan with only their steps as candidates), with
 * the gaps each closes. Computed in the store process; advice only, no rating changes.
 */
export const DevelopmentAdvice = observer(function DevelopmentAdvice({
  personId,
  personName,
  revision,
}: {
  personId: string;
  personName: string;
  /** Changes when the person's levels change (a new assessment), so the advice is asked again. */
  revision: string;
}) {
  const { api } = useStores();
  const { t, render } = useTranslator();
  const [plan, setPlan] = useState<DevelopmentPlan | null>(null);
  const [failed, setFailed] = useState(false);
  const [updating, setUpdating] = useState(false);
  const shownFor = useRef<string | null>(null);
  useEffect(() => {
    let current = true;
    // Another person: their own advice from the start. The same person's new levels: the
    // advice stays while the new one is computed, and is asked once the levels rest, so a
    // user setting five levels in a row does not see it blink or wait for five plans.
    const samePerson = shownFor.current === personId;
    shownFor.current = personId;
    if (!samePerson) setPlan(null);
    setFailed(false);
    setUpdating(samePerson);
    const ask = () =>
      api
        .call('development.plan', {
          scope: { kind: 'allTeams' },
          k: PERSON_STEPS,
          rules: {
            maxStepsPerPerson: PERSON_STEPS,
            assessedWithinMonths: null,
            excludedIds: [],
            onlyPersonId: personId,
          },
          today: localToday(),
          timeLimitSeconds: 5,
        })
        .then((answer) => current && setPlan(answer))
        .catch(() => current && setFailed(true))
        .finally(() => current && setUpdating(false));
    let timer: ReturnType<typeof setTimeout> | undefined;
    if (samePerson) timer = setTimeout(() => void ask(), LEVELS_REST_MS);
    else void ask();
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [api, personId, revision]);

  return (
    <section
      className="development-advice"
      aria-labelledby="development-advice-title"
      aria-busy={updating}
      data-testid="development-advice"
      data-updating={updating || undefined}
    >
      <h3 id="development-advice-title">{t('development.person.title')}</h3>
      {updating && plan && <p className="muted">{t('development.person.updating')}</p>}
      {failed ? (
        <p role="alert">{t('development.failed', { reason: t('development.person.unavailable') })}</p>
      ) : !plan ? (
        <p className="muted">{t('development.person.loading')}</p>
      ) : plan.steps.length === 0 ? (
        <p className="muted">{t('development.person.none', { name: personName })}</p>
      ) : (
        <>
          <ul>
            {plan.steps.map((step) => (
              <li key={`${step.kind}-${step.key}`} data-testid="development-advice-step">
                <strong>{render(stepWhat(step))}</strong>
                <ul className="development-effects">
                  {step.effects.map((effect, i) => (
                    <li key={i}>{render(effectText(effect, true))}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
          <p className="development-advice-only" role="note">
            {render(ADVICE_ONLY)}
          </p>
        </>
      )}
    </section>
  );
});
