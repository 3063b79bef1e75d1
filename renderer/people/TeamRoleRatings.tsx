import { observer } from 'mobx-react-lite';
import { LEVELS } from '../../shared/domain/levels.js';
import type { Professional } from '../../shared/domain/schemas.js';
import { updateProfessionalCommand } from './professionalCommands.js';
import { useT } from '../i18n/useT.js';
import { message } from '../../shared/i18n/message.js';
import { useStores } from '../app/StoreContext.js';
import { SelectField } from '../ui/SelectField.js';
import './people.css';

const NOT_RATED = 'none';

/** How naturally each team role of the organisation's set comes to a person, on the planner's one 0-4 scale. */
export const TeamRoleRatings = observer(function TeamRoleRatings({ professional: p }: { professional: Professional }) {
  const root = useStores();
  const t = useT();
  const lang = root.ui.lang;
  const roles = root.catalogue.teamRoles;
  const rate = (key: string, id: string) => {
    const { [key]: _previous, ...others } = p.teamRoles;
    const teamRoles = id === NOT_RATED ? others : { ...others, [key]: Number(id) };
    void root.execute(
      updateProfessionalCommand(root, p.id, { teamRoles }, message('edit.cmd.personRoles', { name: p.name })),
    );
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
              const level = p.teamRoles[role.key];
              return (
                <tr key={role.key}>
                  <th scope="row">{role.name[lang]}</th>
                  <td>
                    <SelectField
                      label={t('edit.roles.ratingOf', { role: role.name[lang] })}
                      hideLabel
                      value={level === undefined ? NOT_RATED : String(level)}
                      options={[
                        { id: NOT_RATED, label: t('professionals.notRated') },
                        ...LEVELS.map((l) => ({ id: String(l.value), label: `${l.value} · ${t(l.label.key)}` })),
                      ]}
                      onChange={(id) => id !== (level === undefined ? NOT_RATED : String(level)) && rate(role.key, id)}
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
