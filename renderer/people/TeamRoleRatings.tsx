import { observer } from 'mobx-react-lite';
import type { Professional } from '../../shared/domain/schemas.js';
import { updateProfessionalCommand } from './professionalCommands.js';
import { useT } from '../i18n/useT.js';
import { message } from '../../shared/i18n/message.js';
import { useStores } from '../app/StoreContext.js';
import { SelectField } from '../ui/SelectField.js';
import { NOT_RATED, ratingOptions } from './levelOptions.js';
import './people.css';

/**
 * How naturally each team role of the organisation's set comes to a person, on the planner's
 * one 0-4 scale. Given only the person's team roles, so a change of a competency rating does
 * not render these lists again.
 */
export const TeamRoleRatings = observer(function TeamRoleRatings({
  id,
  name,
  teamRoles: rated,
}: Pick<Professional, 'id' | 'name' | 'teamRoles'>) {
  const root = useStores();
  const t = useT();
  const lang = root.ui.lang;
  const roles = root.catalogue.teamRoles;
  const options = ratingOptions(t);
  const rate = (key: string, chosen: string) => {
    const { [key]: _previous, ...others } = rated;
    const teamRoles = chosen === NOT_RATED ? others : { ...others, [key]: Number(chosen) };
    void root.execute(updateProfessionalCommand(root, id, { teamRoles }, message('edit.cmd.personRoles', { name })));
  };
  return (
    <section className="team-role-ratings" aria-labelledby="team-roles-title" data-testid="team-role-ratings">
      <h3 id="team-roles-title">{t('edit.roles.title')}</h3>
      <p className="hint">{t('edit.roles.intro')}</p>
      {roles.length === 0 ? (
        <p className="muted">{t('edit.roles.empty')}</p>
      ) : (
        <table className="table ratings">
          <thead>
            <tr>
              <th scope="col">{t('edit.roles.column')}</th>
              <th scope="col">{t('professionals.rating')}</th>
            </tr>
          </thead>
          <tbody>
            {roles.map((role) => {
              const level = rated[role.key];
              return (
                <tr key={role.key}>
                  <th scope="row">{role.name[lang]}</th>
                  <td>
                    <SelectField
                      label={t('edit.roles.ratingOf', { role: role.name[lang] })}
                      hideLabel
                      value={level === undefined ? NOT_RATED : String(level)}
                      options={options}
                      onChange={(chosen) =>
                        chosen !== (level === undefined ? NOT_RATED : String(level)) && rate(role.key, chosen)
                      }
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
});
