import { observer } from 'mobx-react-lite';
import { useEffect, useRef, useState } from 'react';
import { Button, Form, Input, Label, SearchField, TextField } from 'react-aria-components';
import { createProfessionalCommand } from './professionalCommands.js';
import { disciplineName } from '../../shared/catalogue/disciplines.js';
import { ProfessionalEditor } from './ProfessionalEditor.js';
import { ImportProfessionals } from './import/ImportProfessionals.js';
import { useT } from '../i18n/useT.js';
import { useStores } from '../app/StoreContext.js';
import { matchesSearch } from '../board/poolFilter.js';
import { usePoolPage } from '../board/usePoolPage.js';
import { ShowMore } from '../ui/ShowMore.js';

/** The pool of professionals: pick one to edit details, ratings (0-4 with the scale's labels) and expertise. */
export const ProfessionalsScreen = observer(function ProfessionalsScreen() {
  const root = useStores();
  const { professionals, ui } = root;
  const t = useT();
  const [name, setName] = useState('');
  // A region's file holds thousands of people: the list shows a page of them, the search finds anyone.
  const [search, setSearch] = useState('');
  const found = professionals.sorted.filter((p) => matchesSearch(p, search, (key) => disciplineName(key, ui.lang)));
  const page = usePoolPage(found);
  // After a removal the focus goes to the next person's entry, or to the new-name field when nobody is left.
  const focusItem = useRef<HTMLButtonElement>(null);
  const newName = useRef<HTMLInputElement>(null);
  const toFocus = professionals.toFocus;
  useEffect(() => {
    if (!toFocus) return;
    (toFocus.id === null ? newName.current : (focusItem.current ?? newName.current))?.focus();
    professionals.focused();
  }, [toFocus, professionals]);
  const create = () => {
    if (!name.trim()) return;
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
        (id) => professionals.select(id),
      ),
    );
    setName('');
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
            <TextField className="field" value={name} onChange={setName}>
              <Label>{t('professionals.newName')}</Label>
              <Input data-testid="new-professional-name" ref={newName} />
            </TextField>
            <Button className="button" type="submit" isDisabled={!name.trim()}>
              {t('professionals.add')}
            </Button>
          </Form>
          <ImportProfessionals />
          {professionals.list.length > 0 && (
            <SearchField className="field search" value={search} onChange={setSearch}>
              <Label>{t('pool.search')}</Label>
              <Input data-testid="professionals-search" />
            </SearchField>
          )}
          {professionals.list.length === 0 ? (
            <p className="empty-state">{t('professionals.empty')}</p>
          ) : found.length === 0 ? (
            <p className="empty-state">{t('professionals.noMatch')}</p>
          ) : (
            <ul className="master-list">
              {page.listed.map((p) => (
                <li key={p.id}>
                  <Button
                    className="master-item"
                    ref={toFocus?.id === p.id ? focusItem : undefined}
                    aria-current={professionals.selectedId === p.id ? 'true' : undefined}
                    onPress={() => professionals.select(p.id)}
                  >
                    <span>{p.name}</span>
                    <span className="muted">{disciplineName(p.discipline, ui.lang)}</span>
                  </Button>
                </li>
              ))}
            </ul>
          )}
          {page.hidden > 0 && (
            <ShowMore
              note={t('professionals.capped', { rendered: page.listed.length, shown: found.length })}
              label={t('pool.showMore', { count: page.nextPage })}
              onMore={page.showMore}
              testId="professionals"
            />
          )}
        </nav>
        <div className="detail">
          {professionals.selected ? (
            <ProfessionalEditor key={professionals.selected.id} professional={professionals.selected} />
          ) : (
            <p className="empty-state">{t('professionals.pick')}</p>
          )}
        </div>
      </div>
    </div>
  );
});
