import { observer } from 'mobx-react-lite';
import { useDeferredValue, useRef, useState } from 'react';
import { Button, Form, Input, Label, SearchField } from 'react-aria-components';
import { nameKey, withSameName } from '../../shared/domain/sameName.js';
import { nameProblem } from '../../shared/domain/nameRule.js';
import { createProfessionalCommand } from './professionalCommands.js';
import { ProfessionalEditor } from './ProfessionalEditor.js';
import { ImportProfessionals } from './import/ImportProfessionals.js';
import { useT } from '../i18n/useT.js';
import { useStores } from '../app/StoreContext.js';
import { ProfessionalsList } from './ProfessionalsList.js';
import { NameField } from '../ui/NameField.js';
import { useSamePersonWarning } from './samePersonWarning.js';

/**
 * The pool of professionals: pick one to edit details, ratings (0-4 with the scale's labels)
 * and expertise. The list and the editor are observers of their own: with a region's pool
 * a keystroke renders the search field at once and the list as a deferred render React
 * interrupts for the next key, and a change in the editor renders the editor and the one
 * changed entry, not the screen.
 */
export const ProfessionalsScreen = observer(function ProfessionalsScreen() {
  const root = useStores();
  const { professionals } = root;
  const t = useT();
  const [name, setName] = useState('');
  const [search, setSearch] = useState('');
  const listedSearch = useDeferredValue(search);
  const newName = useRef<HTMLInputElement>(null);
  // "Vul een naam in." (or: no letter or digit) after Toevoegen; the warning after a first
  // Toevoegen of a name already there.
  const [askedEmpty, setAskedEmpty] = useState(false);
  const [warnedKey, setWarnedKey] = useState<string | null>(null);
  const samePersonWarning = useSamePersonWarning();
  const same = name.trim() ? withSameName(name, professionals.list) : undefined;
  const warned = same !== undefined && warnedKey === nameKey(name);
  const typed = (next: string) => {
    setName(next);
    setAskedEmpty(false);
  };
  const basic = nameProblem(name);
  const create = () => {
    if (basic) {
      setAskedEmpty(true);
      return;
    }
    if (same && !warned) {
      setWarnedKey(nameKey(name));
      return;
    }
    void root.execute(
      createProfessionalCommand(
        root,
        {
          name: name.trim(),
          discipline: 'socialWorker',
          organisation: '',
          binding: 'functional',
          contractHours: 24,
          ratings: {},
          expertise: [],
          assessedOn: null,
          teamRoles: {},
        },
        (id) => {
          professionals.select(id);
          root.ui.requestFocus({ kind: 'newProfessional', professionalId: id });
        },
      ),
    );
    setName('');
    setWarnedKey(null);
  };
  return (
    <div className="screen professionals" data-testid="professionals-screen">
      <header className="screen-header">
        <h1>{t('professionals.title')}</h1>
        <p className="lead">{t('professionals.intro')}</p>
      </header>
      <div className="master-detail">
        <nav className="master" aria-label={t('professionals.listLabel')}>
          <Form
            className="inline-form"
            onSubmit={(event) => {
              event.preventDefault();
              create();
            }}
          >
            <NameField
              label={t('professionals.newName')}
              value={name}
              onChange={typed}
              problem={askedEmpty && basic ? t(basic) : null}
              warning={warned ? samePersonWarning(same, 'professionals.sameName') : null}
              testId="new-professional-name"
              inputRef={newName}
            />
            <Button className="button" type="submit" data-testid="add-professional">
              {warned ? t('professionals.addAnyway') : t('professionals.add')}
            </Button>
          </Form>
          <ImportProfessionals />
          {professionals.hasAny && (
            <SearchField className="field search" value={search} onChange={setSearch}>
              <Label>{t('pool.search')}</Label>
              <Input data-testid="professionals-search" />
            </SearchField>
          )}
          <ProfessionalsList search={listedSearch} emptyFocus={newName} />
        </nav>
        <div className="detail">
          <SelectedProfessional />
        </div>
      </div>
    </div>
  );
});

/** The editor of the chosen person; an observer of its own, so an edit does not render the screen. */
const SelectedProfessional = observer(function SelectedProfessional() {
  const { professionals } = useStores();
  const t = useT();
  const selected = professionals.selected;
  return selected ? (
    <ProfessionalEditor key={selected.id} professional={selected} />
  ) : (
    <p className="empty-state">{t('professionals.pick')}</p>
  );
});
