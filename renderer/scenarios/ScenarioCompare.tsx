import { observer } from 'mobx-react-lite';
import { useEffect, useState } from 'react';
import type { Scenario } from '../../shared/api/entities.js';
import { computeCoverage } from '../../shared/engine/index.js';
import { errorText } from '../api/ApiClient.js';
import { coverageText, shownTeamCoverage } from '../../shared/engine/shownCoverage.js';
import { useT, useTranslator } from '../i18n/useT.js';
import { message } from '../../shared/i18n/message.js';
import { REQUIREMENT_STATUS_KEY } from '../../shared/i18n/vocabulary.js';
import { compareScenarios, type ScenarioComparison, type ScenarioGap, type ScenarioSide } from './compareScenarios.js';
import { scenarioChanges, type FunctionChanges } from './scenarioChanges.js';
import { ScenarioChangesList } from './ScenarioChangesList.js';
import { useStores } from '../app/StoreContext.js';
import { SelectField } from '../ui/SelectField.js';
import { requirementName } from '../board/requirementName.js';

/** Two scenarios of the team side by side, read fresh from the store and computed with the shared engine. */
export const ScenarioCompare = observer(function ScenarioCompare({ scenarios }: { scenarios: readonly Scenario[] }) {
  const root = useStores();
  const t = useT();
  // A pair asked for (after "Stel samen": the current scenario beside the composed one), else the first two.
  const asked = root.ui.comparePair;
  const known = (id: string | undefined) => id !== undefined && scenarios.some((s) => s.id === id);
  const pair = asked && known(asked.a) && known(asked.b) ? asked : { a: scenarios[0]!.id, b: scenarios[1]!.id };
  const [aId, setA] = useState(pair.a);
  const [bId, setB] = useState(pair.b);
  const [result, setResult] = useState<{ comparison: ScenarioComparison; changes: FunctionChanges[] } | null>(null);
  // Re-read when the open plan changes, so edits in a scenario show up in the comparison.
  const version = root.plan.plan;
  useEffect(() => {
    let live = true;
    // The board's names: a catalogue function in the reader's language, the user's own templates included.
    const templates = root.catalogue.templateNames;
    Promise.all([root.api.call('plan.get', { scenarioId: aId }), root.api.call('plan.get', { scenarioId: bId })])
      .then(([a, b]) => {
        if (!live) return;
        const left = { plan: a.plan, report: computeCoverage(a.plan) };
        const right = { plan: b.plan, report: computeCoverage(b.plan) };
        setResult({
          comparison: compareScenarios(left, right, templates),
          changes: scenarioChanges(left, right, templates),
        });
      })
      .catch((error: unknown) => live && root.ui.notify('error', errorText(error)));
    return () => {
      live = false;
    };
  }, [aId, bId, version, root]);
  const options = scenarios.map((s) => ({ id: s.id, label: s.name }));
  const nameOf = (id: string) => scenarios.find((s) => s.id === id)?.name ?? '';
  return (
    <section aria-labelledby="compare-title" className="compare" data-testid="scenario-compare">
      <h2 id="compare-title">{t('compare.title')}</h2>
      <div className="compare-pickers">
        <SelectField label={t('compare.a')} value={aId} options={options} onChange={setA} testId="compare-a" />
        <SelectField label={t('compare.b')} value={bId} options={options} onChange={setB} testId="compare-b" />
      </div>
      {result && (
        <>
          <div className="compare-columns">
            <CompareSide
              title={nameOf(aId)}
              side={result.comparison.a}
              only={result.comparison.onlyInA}
              samePeople={result.comparison.samePeople}
              testId="compare-side-a"
            />
            <CompareSide
              title={nameOf(bId)}
              side={result.comparison.b}
              only={result.comparison.onlyInB}
              samePeople={result.comparison.samePeople}
              testId="compare-side-b"
            />
          </div>
          <ScenarioChangesList left={nameOf(aId)} right={nameOf(bId)} changes={result.changes} />
        </>
      )}
    </section>
  );
});

function CompareSide({
  title,
  side,
  only,
  samePeople,
  testId,
}: {
  title: string;
  side: ScenarioSide;
  only: string[];
  samePeople: boolean;
  testId: string;
}) {
  const { catalogue } = useStores();
  const { t, lang, render } = useTranslator();
  const gapText = (gap: ScenarioGap) =>
    t('compare.gap', {
      fn: gap.functionName,
      competency: requirementName(gap, catalogue, lang, t),
      status: message(REQUIREMENT_STATUS_KEY[gap.status]),
    });
  return (
    <article className="compare-side panel" data-testid={testId}>
      <h3>{title}</h3>
      <dl className="facts">
        <dt>{t('coverage.team')}</dt>
        <dd data-testid="compare-coverage">{render(coverageText(shownTeamCoverage(side)))}</dd>
        <dt>{t('coverage.requirements')}</dt>
        <dd>
          {side.requirementsCovered}/{side.requirementsTotal}
        </dd>
        <dt>{t('coverage.hours')}</dt>
        <dd>{t('coverage.hoursValue', { allocated: side.hoursAllocated, required: side.hoursRequired })}</dd>
      </dl>
      <h4>{t('compare.gaps', { count: side.gaps.length })}</h4>
      {side.gaps.length === 0 ? (
        <p className="muted">{t('gaps.none')}</p>
      ) : (
        <ul>
          {side.gaps.map((g) => (
            <li key={`${g.functionName.nl}:${g.kind}:${g.competency}`}>{gapText(g)}</li>
          ))}
        </ul>
      )}
      <h4>{t('compare.onlyHere')}</h4>
      {only.length === 0 ? (
        <p className="muted" data-testid="compare-only-none">
          {t(samePeople ? 'compare.samePeople' : 'compare.nobody')}
        </p>
      ) : (
        <ul data-testid="compare-only">
          {only.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
    </article>
  );
}
