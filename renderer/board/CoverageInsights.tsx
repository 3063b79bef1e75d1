import { compareShallow, compareStructural } from 'mobx';
import { observer } from 'mobx-react-lite';
import { memo, useLayoutEffect, useMemo } from 'react';
import { MAX_LEVEL } from '../../shared/domain/levels.js';
import { localToday } from '../../shared/domain/today.js';
import { adviseDesign, openGaps } from '../../shared/engine/index.js';
import type { CoverageReport } from '../../shared/engine/types.js';
import type { TeamPlan } from '../../shared/plan/planSchema.js';
import { HeatMap } from '../ui/charts/HeatMap.js';
import { RadarChart } from '../ui/charts/RadarChart.js';
import { competencyProfile } from '../ui/charts/competencyProfile.js';
import { AdviceList } from './AdviceList.js';
import { ExpertiseList } from './ExpertiseList.js';
import { GapClosers } from './GapClosers.js';
import { TeamRoleProfile } from './TeamRoleProfile.js';
import { useStableValue } from './useStableValue.js';
import { useT } from '../i18n/useT.js';
import { markFrameShown, markSettled } from '../app/perf.js';
import { useStores } from '../app/StoreContext.js';

interface Props {
  plan: TeamPlan;
  report: CoverageReport;
}

/**
 * The team-role table only reads the plan's roles and people, which an assignment leaves
 * as they are: it re-renders when the members, the roles or the language change.
 */
const BoardTeamRoles = memo(
  TeamRoleProfile,
  (a, b) =>
    a.memberIds === b.memberIds &&
    a.lang === b.lang &&
    a.plan.teamRoles === b.plan.teamRoles &&
    a.plan.professionals === b.plan.professionals,
);

/**
 * The second half of the coverage panel: gaps and who closes them, expertise, advice,
 * heat map and radar. All of it renders in the same commit as the numbers of a drop, the
 * candidates per gap included (`PlanStore.gapSuggestions`, computed once per edit), so
 * nothing on screen disagrees with the coverage and nothing arrives a frame later.
 */
export const CoverageInsights = observer(function CoverageInsights({ plan, report }: Props) {
  const { catalogue, ui, plan: planStore } = useStores();
  const t = useT();
  const lang = ui.lang;
  // Both stay the same object while the scenario is edited, so they do not re-run these memos.
  const hoursElsewhere = planStore.hoursElsewhere;
  const today = useMemo(() => localToday(), []);
  const gaps = useMemo(() => openGaps(report), [report]);
  const advice = useMemo(
    () => adviseDesign(plan, report, { today, hoursElsewhere }),
    [plan, report, today, hoursElsewhere],
  );
  const suggestions = planStore.gapSuggestions;
  useLayoutEffect(() => {
    markFrameShown();
    // The suggestions are part of this commit: the frame is also the moment all is settled.
    markSettled();
  }, [report]);

  const memberIds = useStableValue(report.memberIds, compareShallow);
  const professionals = plan.professionals;
  const members = useMemo(() => {
    const byId = new Map(professionals.map((p) => [p.id, p]));
    return memberIds.map((id) => byId.get(id)).filter((p) => p !== undefined);
  }, [professionals, memberIds]);
  const rows = useMemo(() => members.map((m) => ({ id: m.id, name: m.name, ratings: m.ratings })), [members]);
  const profile = competencyProfile(
    report,
    (key) => catalogue.competencyName(key, lang),
    catalogue.competencies.map((c) => c.key),
  );
  const columns = useStableValue(profile.columns, compareStructural);
  const axes = profile.axes;
  return (
    <>
      <section aria-labelledby="gaps-title">
        <h3 id="gaps-title">{t('gaps.title')}</h3>
        <GapClosers gaps={gaps} suggestions={suggestions} plan={plan} report={report} />
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
              rows={rows}
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
      <BoardTeamRoles plan={plan} memberIds={memberIds} lang={lang} />
    </>
  );
});
