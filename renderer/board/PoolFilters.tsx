import { observer } from 'mobx-react-lite';
import { useState } from 'react';
import { Button, Input, Label, SearchField } from 'react-aria-components';
import { disciplineOptions } from '../../shared/catalogue/ownDisciplines.js';
import { EXPERTISE } from '../../shared/catalogue/expertise.js';
import { LEVELS } from '../../shared/domain/levels.js';
import { useT } from '../i18n/useT.js';
import { isFilterActive } from './poolFilter.js';
import { useStores } from '../app/StoreContext.js';
import { SelectField } from '../ui/SelectField.js';

const ANY = '__any__';

/** Search and filters of the pool: name, discipline, organisation, expertise, competency level, free hours. */
export const PoolFilters = observer(function PoolFilters() {
  const { ui } = useStores();
  const t = useT();
  const f = ui.filter;
  // The selects (each with its whole option list) are built when the user opens
  // "Meer filters", not with the board: at 500 people they were a tenth of the first render.
  const [moreOpen, setMoreOpen] = useState(false);
  return (
    <div className="pool-filters" role="search" aria-label={t('pool.filters')}>
      <SearchField className="field search" value={f.text} onChange={(text) => ui.setFilter({ text })}>
        <Label>{t('pool.search')}</Label>
        <Input data-testid="pool-search" />
      </SearchField>
      <details className="filter-more" onToggle={(event) => setMoreOpen(event.currentTarget.open)}>
        <summary>{t('pool.moreFilters')}</summary>
        {moreOpen && <MoreFilters />}
      </details>
      {isFilterActive(f) && (
        <Button className="button-link" onPress={() => ui.resetFilter()}>
          {t('pool.reset')}
        </Button>
      )}
    </div>
  );
});

/** Discipline, organisation, expertise, competency level and free hours: the filters behind "Meer filters". */
const MoreFilters = observer(function MoreFilters() {
  const { ui, plan, catalogue } = useStores();
  const t = useT();
  const lang = ui.lang;
  const f = ui.filter;
  const any = { id: ANY, label: t('pool.any') };
  const value = (v: string) => (v === '' ? ANY : v);
  const unset = (v: string) => (v === ANY ? '' : v);
  return (
    <div className="filter-grid">
      <SelectField
        label={t('pool.discipline')}
        value={value(f.discipline)}
        options={[any, ...disciplineOptions(lang, plan.disciplines)]}
        onChange={(id) => ui.setFilter({ discipline: unset(id) })}
        testId="filter-discipline"
      />
      <SelectField
        label={t('pool.organisation')}
        value={value(f.organisation)}
        options={[any, ...plan.organisations.map((o) => ({ id: o, label: o }))]}
        onChange={(id) => ui.setFilter({ organisation: unset(id) })}
      />
      <SelectField
        label={t('pool.expertise')}
        value={value(f.expertise)}
        options={[any, ...EXPERTISE.map((e) => ({ id: e.key, label: e.name[lang] }))]}
        onChange={(id) => ui.setFilter({ expertise: unset(id) })}
      />
      <SelectField
        label={t('pool.competency')}
        value={value(f.competency)}
        options={[any, ...catalogue.competencies.map((c) => ({ id: c.key, label: c.name[lang] }))]}
        onChange={(id) => ui.setFilter({ competency: unset(id), minLevel: f.minLevel || 2 })}
        testId="filter-competency"
      />
      <SelectField
        label={t('pool.minLevel')}
        value={String(f.minLevel)}
        isDisabled={f.competency === ''}
        options={LEVELS.map((l) => ({ id: String(l.value), label: `≥ ${l.value} ${t(l.label.key)}` }))}
        onChange={(id) => ui.setFilter({ minLevel: Number(id) })}
        testId="filter-min-level"
      />
      <SelectField
        label={t('pool.minHours')}
        value={String(f.minFreeHours)}
        options={[0, 4, 8, 16, 24].map((h) => ({
          id: String(h),
          label: h === 0 ? t('pool.any') : t('pool.atLeastHours', { hours: h }),
        }))}
        onChange={(id) => ui.setFilter({ minFreeHours: Number(id) })}
      />
    </div>
  );
});
