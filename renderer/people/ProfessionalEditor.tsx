import { observer } from 'mobx-react-lite';
import type { Professional } from '../../shared/domain/schemas.js';
import { DeleteProfessional } from './DeleteProfessional.js';
import { PersonDetails } from './PersonDetails.js';
import { PersonWorkload } from './PersonWorkload.js';
import { CompetencyRatings } from './CompetencyRatings.js';
import { PersonalDataSection } from './privacy/PersonalDataSection.js';
import { HeldExpertiseEditor } from './HeldExpertiseEditor.js';
import { TeamRoleRatings } from './TeamRoleRatings.js';
import { DevelopmentAdvice } from '../development/DevelopmentAdvice.js';

/**
 * Details of one professional: who they are, their vakkennis with levels and dates, their
 * ratings per competency with the scale's labels, and their team roles. Each section gets
 * only the fields it shows, which keep their objects when another field is edited
 * (keepUnchanged): with 12 ratings changed in a row, each change renders its own row.
 */
export const ProfessionalEditor = observer(function ProfessionalEditor({
  professional: p,
}: {
  professional: Professional;
}) {
  return (
    <article className="professional-editor" aria-labelledby="pe-title" data-testid="professional-editor">
      <header className="editor-header">
        <h2 id="pe-title">{p.name}</h2>
        <DeleteProfessional professional={p} />
      </header>
      <PersonDetails
        id={p.id}
        name={p.name}
        discipline={p.discipline}
        organisation={p.organisation}
        binding={p.binding}
        contractHours={p.contractHours}
        assessedOn={p.assessedOn}
      />
      <PersonWorkload id={p.id} contractHours={p.contractHours} />
      <HeldExpertiseEditor id={p.id} name={p.name} expertise={p.expertise} assessedOn={p.assessedOn} />
      <CompetencyRatings professionalId={p.id} ratings={p.ratings} />
      <TeamRoleRatings id={p.id} name={p.name} teamRoles={p.teamRoles} />
      <DevelopmentAdvice personId={p.id} personName={p.name} revision={JSON.stringify([p.ratings, p.expertise])} />
      <PersonalDataSection professional={p} />
    </article>
  );
});
