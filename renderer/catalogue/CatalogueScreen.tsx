import { observer } from 'mobx-react-lite';
import { useState } from 'react';
import { Button, Form, Input, Label, TextField } from 'react-aria-components';
import { COMPETENCY_KEY_PATTERN } from '../../shared/catalogue/competencies.js';
import {
  createCompetencyCommand,
  createTemplateCommand,
  deleteCompetencyCommand,
  deleteTemplateCommand,
} from './catalogueCommands.js';
import { SelectField } from '../ui/SelectField.js';
import { useT } from '../i18n/useT.js';
import { useStores } from '../app/StoreContext.js';
import { LifeDomainChoice } from '../design/FunctionRouteEditor.js';
import { LIFE_DOMAIN_INFO, type LifeDomain } from '../../shared/catalogue/lifeDomains.js';
import { TeamRoleSet } from './TeamRoleSet.js';
import { OwnDisciplines } from './OwnDisciplines.js';
import { withSameCatalogueName } from '../../shared/catalogue/catalogueNameTaken.js';
import type { Lang, LocalText } from '../../shared/domain/text.js';
import { someNameWithoutLetter } from '../../shared/domain/nameRule.js';
import { orderIn } from '../../shared/hr/dutchOrder.js';

/**
 * A competency key the catalogue accepts (lower case, digits, dashes) made from the name, and
 * unique: two names may start with the same 40 characters, and a key is not a name, so the
 * second gets "-2" rather than being refused as if its name were taken.
 */
function keyFromName(name: string, taken: ReadonlyMap<string, unknown>): string {
  const base = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 36);
  const stem = /^[a-z]/.test(base) ? base : `c-${base}`;
  let key = stem;
  for (let n = 2; taken.has(key); n++) key = `${stem}-${n}`;
  return key;
}

/** A name as it is saved: trimmed, the Dutch one standing in for an empty English one. */
function bothNames(nl: string, en: string): LocalText {
  return { nl: nl.trim(), en: en.trim() || nl.trim() };
}

/** A catalogue list in the order of the names as shown: alphabetical in the screen's language. */
function byShownName<T extends { name: LocalText }>(items: readonly T[], lang: Lang): T[] {
  const order = orderIn(lang);
  return [...items].sort((a, b) => order(a.name[lang], b.name[lang]));
}

/**
 * Own competencies and function templates next to the built-in catalogue, the organisation's
 * team roles, and the disciplines of its own that people have.
 */
export const CatalogueScreen = observer(function CatalogueScreen() {
  const root = useStores();
  const { catalogue, ui } = root;
  const t = useT();
  const lang = ui.lang;
  const [compNl, setCompNl] = useState('');
  const [compEn, setCompEn] = useState('');
  const [fnNl, setFnNl] = useState('');
  const [fnEn, setFnEn] = useState('');
  const [placement, setPlacement] = useState<'team' | 'shell'>('team');
  const [lifeDomains, setLifeDomains] = useState<LifeDomain[]>([]);
  const key = keyFromName(compNl, catalogue.competencyByKey);
  // One name per competency, in either language (the store refuses the same).
  const compTaken = compNl.trim() !== '' && withSameCatalogueName(bothNames(compNl, compEn), catalogue.competencies);
  // "—" names nothing (shared/domain/nameRule.ts): the field says so, the button waits.
  const compNoLetter = someNameWithoutLetter(compNl, compEn);
  const keyOk = COMPETENCY_KEY_PATTERN.test(key) && !compTaken && !compNoLetter;
  const fnTaken =
    fnNl.trim() !== '' && withSameCatalogueName(bothNames(fnNl, fnEn), catalogue.catalogue.functionTemplates);
  const fnNoLetter = someNameWithoutLetter(fnNl, fnEn);
  return (
    <div className="screen catalogue" data-testid="catalogue-screen">
      <header className="screen-header">
        <h1>{t('catalogue.title')}</h1>
        <p className="lead">{t('catalogue.intro')}</p>
      </header>
      <div className="two-columns">
        <section aria-labelledby="cat-comp-title">
          <h2 id="cat-comp-title">{t('catalogue.competencies')}</h2>
          {/* The built-in descriptions are the planner's words, not the profile's: say so beside them. */}
          <p className="muted" data-testid="profile-note">
            {t('cat.profile.note')}
          </p>
          <ul className="plain-list">
            {byShownName(catalogue.competencies, lang).map((c) => (
              <li key={c.key} className="catalogue-item">
                <div>
                  <strong>{c.name[lang]}</strong>{' '}
                  {c.builtIn ? (
                    <span className="tag">{t('catalogue.builtIn')}</span>
                  ) : (
                    <span className="tag tag-own">{t('catalogue.own')}</span>
                  )}
                  <p className="muted">{c.description[lang]}</p>
                </div>
                {!c.builtIn && (
                  <Button
                    className="button-link danger"
                    aria-label={t('catalogue.removeLabel', { name: c.name[lang] })}
                    onPress={() => void root.execute(deleteCompetencyCommand(root, c))}
                  >
                    {t('common.remove')}
                  </Button>
                )}
              </li>
            ))}
          </ul>
          <Form
            className="stack-form"
            onSubmit={(event) => {
              event.preventDefault();
              if (!compNl.trim() || !keyOk) return;
              void root.execute(createCompetencyCommand(root, key, bothNames(compNl, compEn), { nl: '', en: '' }));
              setCompNl('');
              setCompEn('');
            }}
          >
            <h3>{t('catalogue.newCompetency')}</h3>
            <TextField className="field" value={compNl} onChange={setCompNl}>
              <Label>{t('catalogue.nameNl')}</Label>
              <Input data-testid="new-competency-nl" />
            </TextField>
            <TextField className="field" value={compEn} onChange={setCompEn}>
              <Label>{t('catalogue.nameEn')}</Label>
              <Input />
            </TextField>
            {compTaken && (
              <p className="field-error" data-testid="competency-name-taken">
                {t('catalogue.competencyNameTaken')}
              </p>
            )}
            {compNoLetter && (
              <p className="field-error" data-testid="competency-name-no-letter">
                {t('validation.nameLetter')}
              </p>
            )}
            <Button className="button" type="submit" isDisabled={!compNl.trim() || !keyOk}>
              {t('catalogue.addCompetency')}
            </Button>
          </Form>
        </section>
        <section aria-labelledby="cat-fn-title">
          <h2 id="cat-fn-title">{t('catalogue.templates')}</h2>
          {/* Which functions the 2014 article names and which the planner adds, as for the competencies. */}
          <p className="muted" data-testid="functions-note">
            {t('cat.functions.note')}
          </p>
          <ul className="plain-list">
            {byShownName(catalogue.catalogue.functionTemplates, lang).map((f) => (
              <li key={f.key} className="catalogue-item">
                <div>
                  <strong>{f.name[lang]}</strong>{' '}
                  <span className={`tag tag-${f.defaultPlacement}`}>
                    {f.defaultPlacement === 'team' ? t('placement.team') : t('placement.shell')}
                  </span>{' '}
                  {!f.builtIn && <span className="tag tag-own">{t('catalogue.own')}</span>}
                  <p className="muted">{f.description[lang]}</p>
                  {f.lifeDomains.length > 0 && (
                    <p className="muted" data-testid="template-life-domains">
                      {t('edit.template.lifeDomainsOf', {
                        domains: f.lifeDomains.map((d) => LIFE_DOMAIN_INFO[d].name[lang]).join(', '),
                      })}
                    </p>
                  )}
                </div>
                {!f.builtIn && (
                  <Button
                    className="button-link danger"
                    aria-label={t('catalogue.removeLabel', { name: f.name[lang] })}
                    onPress={() => void root.execute(deleteTemplateCommand(root, f))}
                  >
                    {t('common.remove')}
                  </Button>
                )}
              </li>
            ))}
          </ul>
          <Form
            className="stack-form"
            onSubmit={(event) => {
              event.preventDefault();
              if (!fnNl.trim() || fnTaken || fnNoLetter) return;
              const name = bothNames(fnNl, fnEn);
              void root.execute(
                createTemplateCommand(root, {
                  name,
                  description: { nl: '', en: '' },
                  defaultPlacement: placement,
                  defaultHours: 8,
                  requirements: [],
                  expertise: [],
                  lifeDomains,
                }),
              );
              setFnNl('');
              setFnEn('');
              setLifeDomains([]);
            }}
          >
            <h3>{t('catalogue.newTemplate')}</h3>
            <TextField className="field" value={fnNl} onChange={setFnNl}>
              <Label>{t('catalogue.nameNl')}</Label>
              <Input />
            </TextField>
            <TextField className="field" value={fnEn} onChange={setFnEn}>
              <Label>{t('catalogue.nameEn')}</Label>
              <Input />
            </TextField>
            <SelectField
              label={t('functions.placement')}
              value={placement}
              options={[
                { id: 'team', label: t('placement.team') },
                { id: 'shell', label: t('placement.shell') },
              ]}
              onChange={(id) => setPlacement(id === 'shell' ? 'shell' : 'team')}
            />
            {fnTaken && (
              <p className="field-error" data-testid="template-name-taken">
                {t('catalogue.templateNameTaken')}
              </p>
            )}
            {fnNoLetter && (
              <p className="field-error" data-testid="template-name-no-letter">
                {t('validation.nameLetter')}
              </p>
            )}
            <LifeDomainChoice value={lifeDomains} onChange={setLifeDomains} label={t('edit.template.lifeDomains')} />
            <Button className="button" type="submit" isDisabled={!fnNl.trim() || !!fnTaken || fnNoLetter}>
              {t('catalogue.addTemplate')}
            </Button>
          </Form>
        </section>
      </div>
      <TeamRoleSet />
      <OwnDisciplines />
    </div>
  );
});
