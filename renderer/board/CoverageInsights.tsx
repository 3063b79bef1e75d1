import { observer } from 'mobx-react-lite';
import { useLayoutEffect, useMemo } from 'react';
import { MAX_LEVEL } from '../../shared/domain/levels.js';
import { localToday } from '../../shared/domain/today.js';
import { adviseDesign, whoClosesGaps } from '../../shared/engine/index.js';
import type { CoverageReport } from '../../shared/engine/types.js';
import type { TeamPlan } from '../../shared/plan/planSchema.js';
import { HeatMap } from '../ui/charts/HeatMap.js';
import { RadarChart } from '../ui/charts/RadarChart.js';
import { competencyProfile } from '../ui/charts/competencyProfile.js';
import { AdviceList } from './AdviceList.js';
import { ExpertiseList } from './ExpertiseList.js';
import { GapClosers } from './GapClosers.js';
import { TeamRoleProfile } from './TeamRoleProfile.js';
import { useT } from '../i18n/useT.js';
import { markInsightsShown } from '../app/perf.js';
import { useStores } from '../app/StoreContext.js';

interface Props {
  plan: TeamPlan;
  report: CoverageReport;
}

/**
 * The heavier half of the coverage panel: who closes the gaps, expertise, advice, heat
 * map and radar. It is given a deferred plan and report (React's useDeferredValue in the
 * panel), reads nothing from the store that changes on an edit, and so renders right
 * after the frame in which a drop's numbers appear, without holding that frame up.
 */
export const CoverageInsights = observer(function CoverageInsights({ plan, report }: Props) {
  const { catalogue, ui, plan: planStore } = useStores();
  const t = useT();
  const lang = ui.lang;
  // Both stay the same object while the scenario is edited, so they do not re-run these memos.
  const hoursElsewhere = planStore.hoursElsewhere;
  const today = useMemo(() => localToday(), []);
  const gaps = useMemo(() => whoClosesGaps(plan, report, 3, hoursElsewhere), [plan, report, hoursElsewhere]);
  const advice = useMemo(
    () => adviseDesign(plan, report, { today, hoursElsewhere }),
    [plan, report, today, hoursElsewhere],
  );
  useLayoutEffect(() => markInsightsShown(), [report]);
  const byId = new Map(plan.professionals.map((p) => [p.id, p]));
  const members = report.memberIds.map((id) => byId.get(id)).filter((p) => p !== undefined);
  const { columns, axes } = competencyProfile(
    report,
    (key) => catalogue.competencyName(key, lang),
    catalogue.competencies.map((c) => c.key),
  );
  return (
    <>
      <section aria-labelledby="gaps-title">
        <h3 id="gaps-title">{t('gaps.title')}</h3>
        <GapClosers gaps={gaps} plan={plan} report={report} />
      </section>
      <section aria-labelledby="expertise-title">
        <h3 id="expertise-title">{t('expertise.title')}</h3>
        <ExpertiseList expertise={report.expertise} />
      </section>
      <section aria-labelledby="advice-title">
        <h3 id="advice-title">{t('advice.title')}</h3>
        <AdviceList advice={advice} />
      </section>
      <section aria-labelledby="heatmap-title" className="chart-section">
        <h3 id="heatmap-title">{t('chart.heatmapTitle')}</h3>
        {members.length === 0 ? (
          <p className="muted">{t('chart.noMembers')}</p>
        ) : (
          <div className="chart-scroll" tabIndex={0} role="group" aria-label={t('chart.heatmapTitle')}>
            <HeatMap
              rows={members.map((m) => ({ id: m.id, name: m.name, ratings: m.ratings }))}
              columns={columns}
              lang={lang}
              title={t('chart.heatmapTitle')}
              requiredLabel={t('chart.required')}
              highlightId={ui.focusedMemberId}
            />
          </div>
        )}
      </section>
      <section aria-labelledby="radar-title" className="chart-section">
        <h3 id="radar-title">{t('chart.radarTitle')}</h3>
        <RadarChart
          axes={axes}
          max={MAX_LEVEL}
          title={t('chart.radarTitle')}
          requiredLabel={t('chart.required')}
          teamLabel={t('chart.team')}
        />
      </section>
      <TeamRoleProfile plan={plan} memberIds={report.memberIds} lang={lang} />
    </>
  );
});
