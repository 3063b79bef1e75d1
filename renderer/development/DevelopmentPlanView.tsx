import type { DevelopmentPlan } from '../../shared/api/developmentSchemas.js';
import {
  ADVICE_ONLY,
  effectText,
  planProof,
  planRules,
  planSummary,
  stepWhat,
  stepsPerPerson,
  worksIn,
} from '../../shared/development/planTexts.js';
import { useTranslator } from '../i18n/useT.js';

/**
 * A development plan per person: what to develop (from and to), where they work, and
 * each gap the step closes with its status before and after in the vocabulary's words.
 * The same view is on screen and on paper; statuses are words, never colour alone.
 */
export function DevelopmentPlanView({ plan, headingLevel = 3 }: { plan: DevelopmentPlan; headingLevel?: 3 | 4 }) {
  const { render } = useTranslator();
  const withTeam = plan.teams > 1;
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <div className="development-plan" data-testid="development-plan">
      <p className="development-summary" data-testid="development-summary">
        {render(planSummary(plan))}
      </p>
      <p className="development-proof" data-testid="development-proof">
        {render(planProof(plan))}
      </p>
      <p className="development-rules">{render(planRules(plan))}</p>
      <p className="development-advice-only" role="note">
        {render(ADVICE_ONLY)}
      </p>
      {stepsPerPerson(plan).map((person) => (
        <section key={person.personId} className="development-person" data-testid="development-person">
          <Heading>{person.personName}</Heading>
          <ul>
            {person.steps.map((step) => (
              <li key={`${step.kind}-${step.key}`} data-testid="development-step">
                <strong>{render(stepWhat(step))}</strong>{' '}
                <span className="muted">{render(worksIn(step, withTeam))}</span>
                <ul className="development-effects">
                  {step.effects.map((effect, i) => (
                    <li key={i}>{render(effectText(effect, withTeam))}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
