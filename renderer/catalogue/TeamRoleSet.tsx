import { observer } from 'mobx-react-lite';
import { useState } from 'react';
import { Button, Form, Input, Label, TextField } from 'react-aria-components';
import type { TeamRole } from '../../shared/domain/schemas.js';
import { createTeamRoleCommand, deleteTeamRoleCommand, renameTeamRoleCommand } from './teamRoleCommands.js';
import { editedInField } from '../app/UndoStack.js';
import { withSameCatalogueName } from '../../shared/catalogue/catalogueNameTaken.js';
import { someNameWithoutLetter } from '../../shared/domain/nameRule.js';
import { useT } from '../i18n/useT.js';
import { useStores } from '../app/StoreContext.js';
import './catalogue.css';

/**
 * The organisation's own set of team roles: rename in place (saved when a name field is
 * left), remove, add. The default set is the planner's own small one, said so on screen.
 */
export const TeamRoleSet = observer(function TeamRoleSet() {
  const root = useStores();
  const t = useT();
  const [nameNl, setNameNl] = useState('');
  const [nameEn, setNameEn] = useState('');
  const name = { nl: nameNl.trim(), en: nameEn.trim() || nameNl.trim() };
  // One name per role, in either language: people are rated on a role by its name (the store refuses the same).
  const taken = name.nl !== '' && withSameCatalogueName(name, root.catalogue.teamRoles) !== undefined;
  const noLetter = someNameWithoutLetter(nameNl, nameEn);
  return (
    <section aria-labelledby="cat-roles-title" className="team-role-set" data-testid="team-role-set">
      <h2 id="cat-roles-title">{t('edit.roleSet.title')}</h2>
      <p className="hint">{t('edit.roleSet.intro')}</p>
      {/* Column heads for sighted users; each field has its own full label for screen readers. */}
      <div className="team-role-names team-role-heads" aria-hidden="true">
        <span>{t('catalogue.nameNl')}</span>
        <span>{t('catalogue.nameEn')}</span>
      </div>
      <ul className="plain-list">
        {root.catalogue.teamRoles.map((role) => (
          <TeamRoleItem key={role.key} role={role} />
        ))}
      </ul>
      <p className="hint">{t('edit.roleSet.removeHint')}</p>
      <Form
        className="stack-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (!name.nl || taken || noLetter) return;
          void root.execute(createTeamRoleCommand(root, name));
          setNameNl('');
          setNameEn('');
        }}
      >
        <h3>{t('edit.roleSet.new')}</h3>
        <TextField className="field" value={nameNl} onChange={setNameNl} maxLength={200}>
          <Label>{t('catalogue.nameNl')}</Label>
          <Input data-testid="new-team-role-nl" />
        </TextField>
        <TextField className="field" value={nameEn} onChange={setNameEn} maxLength={200}>
          <Label>{t('catalogue.nameEn')}</Label>
          <Input />
        </TextField>
        {taken && (
          <p className="field-error" data-testid="team-role-name-taken">
            {t('edit.roleSet.nameTaken')}
          </p>
        )}
        {noLetter && (
          <p className="field-error" data-testid="team-role-name-no-letter">
            {t('validation.nameLetter')}
          </p>
        )}
        <Button className="button" type="submit" isDisabled={!name.nl || taken || noLetter}>
          {t('edit.roleSet.add')}
        </Button>
      </Form>
    </section>
  );
});

const TeamRoleItem = observer(function TeamRoleItem({ role }: { role: TeamRole }) {
  const root = useStores();
  const t = useT();
  const shown = role.name[root.ui.lang];
  // Bumped to show the stored names again in both fields (they are uncontrolled, keyed on it).
  const [shownAgain, setShownAgain] = useState(0);
  const rename = (lang: 'nl' | 'en', raw: string) => {
    const value = raw.trim();
    if (value === role.name[lang]) return;
    // An empty Dutch name is not a name: the field goes back to what was stored.
    if (lang === 'nl' && value === '') return setShownAgain((n) => n + 1);
    const name = { ...role.name, [lang]: value || role.name.nl };
    // A name the store refuses (another role has it; the toast says so) goes back too.
    void root
      .execute(editedInField(renameTeamRoleCommand(root, role, name)))
      .then((saved) => saved || setShownAgain((n) => n + 1));
  };
  return (
    <li className="catalogue-item team-role-item">
      <div className="team-role-names">
        <TextField
          className="field"
          defaultValue={role.name.nl}
          key={`nl:${role.name.nl}:${shownAgain}`}
          maxLength={200}
          aria-label={t('edit.roleSet.nameNl', { role: shown })}
          onBlur={(e) => rename('nl', (e.target as HTMLInputElement).value)}
        >
          <Input />
        </TextField>
        <TextField
          className="field"
          defaultValue={role.name.en}
          key={`en:${role.name.en}:${shownAgain}`}
          maxLength={200}
          aria-label={t('edit.roleSet.nameEn', { role: shown })}
          onBlur={(e) => rename('en', (e.target as HTMLInputElement).value)}
        >
          <Input />
        </TextField>
      </div>
      <Button
        className="button-link danger"
        aria-label={t('edit.roleSet.remove', { role: shown })}
        onPress={() => void root.execute(deleteTeamRoleCommand(root, role))}
      >
        {t('common.remove')}
      </Button>
    </li>
  );
});
