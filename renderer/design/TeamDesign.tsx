import { observer } from 'mobx-react-lite';
import { useRef } from 'react';
import type { Team } from '../../shared/domain/schemas.js';
import { DesignQuestions } from './DesignQuestions.js';
import { FunctionEditorList } from './FunctionEditorList.js';
import { ModelProsCons } from './ModelProsCons.js';
import { ProposedFunctions } from './ProposedFunctions.js';
import { RemoveSample } from './RemoveSample.js';
import { PublishTeam } from '../sharing/PublishTeam.js';
import { RemoveTeam } from './RemoveTeam.js';
import { useT } from '../i18n/useT.js';
import { useStores } from '../app/StoreContext.js';
import { useFocusRequest } from '../app/focusRequest.js';
import { ConsultationsEditor } from './ConsultationsEditor.js';
import { FocusEditor } from './FocusEditor.js';
import { FrontFieldEditor } from './FrontFieldEditor.js';
import { LeaderEditor } from './LeaderEditor.js';
import { SourcesOverview } from './SourcesOverview.js';
import { AgeGroupsChoice, ModelChoice, OrganisationTypeChoice, PositioningChoice } from './TeamChoices.js';
import { DesignBasics } from './DesignBasics.js';
import './design.css';

/**
 * Team design, first as the articles insist: the three questions and the question axis,
 * type, model (with what the sources say about it), positioning, ages and focus; then the
 * voorliggend veld, the leader and consultation arrangements; then functions.
 *
 * This frame reads only which team is open (`PlanStore.openTeam`, the same object while
 * the team stays open); each part is an observer that reads the fields it shows, so an
 * edit renders the parts it changed, not the whole screen (docs/performance.md, "Team
 * design: one edit, one part").
 */
export const TeamDesign = observer(function TeamDesign() {
  const root = useStores();
  const t = useT();
  const team = root.plan.openTeam;
  // A team just made ("Team maken") opens here with the focus on its heading.
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusRequest((target) => (target.kind === 'teamDesign' ? heading.current : null));
  if (!team) return null;
  return (
    <div className="screen design" data-testid="design-screen">
      <header className="screen-header">
        <h1 ref={heading} tabIndex={-1}>
          <DesignTitle team={team} />
        </h1>
        <p className="lead">{t('design.intro')}</p>
        <SourcesOverview />
        <PublishTeam />
      </header>
      <RemoveSample />
      <div className="design-grid">
        <div className="design-main">
          <DesignBasics team={team} />
          <DesignQuestions team={team} />
          <OrganisationTypeChoice team={team} />
          <ModelChoice team={team} />
          <PositioningChoice team={team} />
          <AgeGroupsChoice team={team} />
          <FocusEditor team={team} />
        </div>
        <ModelProsCons team={team} />
      </div>
      <div className="design-setup">
        <FrontFieldEditor team={team} />
        <LeaderEditor team={team} />
        <ConsultationsEditor team={team} />
      </div>
      <ProposedFunctions />
      <FunctionEditorList />
      <RemoveTeam />
    </div>
  );
});

/** "Teamontwerp: <name>", renamed without rendering the screen around it. */
const DesignTitle = observer(function DesignTitle({ team }: { team: Team }) {
  const t = useT();
  return <>{t('design.title', { team: team.name })}</>;
});
