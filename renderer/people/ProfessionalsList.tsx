import { observer } from 'mobx-react-lite';
import { useCallback, useRef, type RefObject } from 'react';
import { disciplineName } from '../../shared/catalogue/disciplines.js';
import { useT } from '../i18n/useT.js';
import { useStores } from '../app/StoreContext.js';
import { useFocusRequest } from '../app/focusRequest.js';
import { matchesSearch } from '../board/poolFilter.js';
import { usePoolPage } from '../board/usePoolPage.js';
import { ShowMore } from '../ui/ShowMore.js';
import { ProfessionalListItem } from './ProfessionalListItem.js';

interface Props {
  /** The search text, deferred by the screen: typing renders the field first, this list after. */
  search: string;
  /** Where the focus goes after a removal when the person asked for is not listed (the new-name field). */
  emptyFocus: RefObject<HTMLInputElement | null>;
}

/**
 * The professionals found by the search, a page at a time (a region's file holds thousands:
 * the list shows a page, the search finds anyone). An observer of its own, so that a
 * keystroke in the search field or a change in the editor does not render the screen's
 * other parts with it, and the entries are memoised (ProfessionalListItem).
 */
export const ProfessionalsList = observer(function ProfessionalsList({ search, emptyFocus }: Props) {
  const { professionals, ui } = useStores();
  const t = useT();
  const lang = ui.lang;
  // Without a search everyone is found: no 4,400 locale-aware lower-casings after every edit.
  const found =
    search.trim() === ''
      ? professionals.sorted
      : professionals.sorted.filter((p) => matchesSearch(p, search, (key) => disciplineName(key, lang)));
  const page = usePoolPage(found);
  // After a removal the focus goes to the person asked for (the next one), or to the
  // new-name field when nobody is left or that person is not listed (focusRequest.ts).
  const focusItem = useRef<HTMLButtonElement>(null);
  const request = ui.focusRequest;
  const toFocus = request?.kind === 'professional' ? request.professionalId : null;
  useFocusRequest((target) => {
    if (target.kind !== 'professional') return null;
    return (target.professionalId === null ? null : focusItem.current) ?? emptyFocus.current;
  });
  const select = useCallback((id: string) => professionals.select(id), [professionals]);
  const selectedId = professionals.selectedId;
  if (professionals.list.length === 0) return <p className="empty-state">{t('professionals.empty')}</p>;
  if (found.length === 0) return <p className="empty-state">{t('professionals.noMatch')}</p>;
  return (
    <>
      <ul className="master-list">
        {page.listed.map((p) => (
          <ProfessionalListItem
            key={p.id}
            professional={p}
            lang={lang}
            current={selectedId === p.id}
            onSelect={select}
            focusRef={toFocus === p.id ? focusItem : undefined}
          />
        ))}
      </ul>
      {page.hidden > 0 && (
        <ShowMore
          note={t('professionals.capped', { rendered: page.listed.length, shown: found.length })}
          label={t('pool.showMore', { count: page.nextPage })}
          onMore={page.showMore}
          testId="professionals"
        />
      )}
    </>
  );
});
