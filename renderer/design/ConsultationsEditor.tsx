import { observer } from 'mobx-react-lite';
import { Button } from 'react-aria-components';
import { EXPERTISE } from '../../shared/catalogue/expertise.js';
import type { Team } from '../../shared/domain/schemas.js';
import { updateTeamCommand } from './teamCommands.js';
import { listEdits } from '../app/listEdits.js';
import { useT } from '../i18n/useT.js';
import { useStores } from '../app/StoreContext.js';
import { SelectField } from '../ui/SelectField.js';
import { CommitField } from './CommitField.js';
import { useOpenConsultations } from './useOpenConsultations.js';

/**
 * Team-level consultation arrangements, one per vakgebied the team does not hold itself:
 * whom it asks, how and how fast. This is where the A1 model's known risk (specialist
 * knowledge that is missing or consulted too late) gets a concrete answer.
 */
export const ConsultationsEditor = observer(function ConsultationsEditor({ team }: { team: Team }) {
  const root = useStores();
  const t = useT();
  const lang = root.ui.lang;
  const { save, change, changeField } = listEdits(root, team.consultations, (consultations) =>
    updateTeamCommand(root, team.id, { consultations }),
  );
  const arranged = new Set(team.consultations.map((c) => c.expertise));
  // The advice's own rule: what the team lacks at the level asked, with no consultation arranged anywhere.
  const open = useOpenConsultations(root.plan);
  const nameOf = (key: string) => EXPERTISE.find((e) => e.key === key)?.name[lang] ?? key;
  const options = EXPERTISE.map((e) => ({ id: e.key, label: e.name[lang] }));
  const firstFree = open[0] ?? EXPERTISE.find((e) => !arranged.has(e.key))?.key ?? EXPERTISE[0]?.key ?? '';
  return (
    <fieldset className="consultations" data-testid="consultations">
      <legend>
        <h2 className="legend-heading">{t('designScreen.consult.title')}</h2>
      </legend>
      <p className="muted">{t('designScreen.consult.explain')}</p>
      {open.length > 0 && (
        <p className="warning" data-testid="consult-open">
          {t('designScreen.consult.lacking', { list: open.map(nameOf).join(', ') })}
        </p>
      )}
      {team.consultations.length === 0 ? (
        <p className="muted">{t('designScreen.consult.empty')}</p>
      ) : (
        <ul className="editor-rows">
          {team.consultations.map((c, index) => (
            <li key={`${index}:${c.expertise}`} className="editor-row editor-grid" data-expertise={c.expertise}>
              <SelectField
                label={t('designScreen.consult.expertise')}
                options={options}
                value={c.expertise}
                onChange={(expertise) => change(index, { expertise })}
              />
              <CommitField
                label={t('designScreen.consult.organisation')}
                value={c.organisation}
                onCommit={(organisation) => changeField(index, { organisation: organisation.trim() })}
              />
              <CommitField
                label={t('designScreen.consult.contact')}
                value={c.contact}
                onCommit={(contact) => changeField(index, { contact })}
              />
              <CommitField
                label={t('designScreen.consult.responseTime')}
                value={c.responseTime}
                onCommit={(responseTime) => changeField(index, { responseTime })}
              />
              <CommitField
                label={t('designScreen.consult.arrangement')}
                value={c.arrangement}
                onCommit={(arrangement) => changeField(index, { arrangement })}
                multiline
                wide
              />
              <Button
                className="button button-small button-quiet"
                onPress={() => save(team.consultations.filter((_, i) => i !== index))}
                aria-label={t('designScreen.removeNamed', { name: nameOf(c.expertise) })}
              >
                {t('designScreen.remove')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <Button
        className="button button-small"
        onPress={() =>
          save([
            ...team.consultations,
            {
              expertise: firstFree,
              organisation: '',
              contact: '',
              arrangement: '',
              responseTime: '',
            },
          ])
        }
        data-testid="consult-add"
      >
        {t('designScreen.consult.add')}
      </Button>
    </fieldset>
  );
});
