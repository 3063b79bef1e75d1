import { memo, type Ref } from 'react';
import type { Professional } from '../../shared/domain/schemas.js';
import { disciplineName } from '../../shared/catalogue/disciplines.js';
import type { Lang } from '../../shared/domain/text.js';

interface Props {
  professional: Professional;
  lang: Lang;
  current: boolean;
  onSelect: (id: string) => void;
  /** Given to the entry that takes the focus after a removal. */
  focusRef?: Ref<HTMLButtonElement> | undefined;
}

/**
 * One person in the professionals list. Memoised: with a region's 600 entries listed, a
 * changed rating or a new selection renders only the entries it changes (a person's entry
 * gets a new object only when that person was edited). A native button, as PlainButton is
 * for the board's many buttons: react-aria's Button adds press, hover and focus hooks to
 * each of the 600, which made every search keystroke a few hundred ms of rendering; the
 * focus ring comes from `:focus-visible`, Enter and Space work as on any button.
 */
export const ProfessionalListItem = memo(function ProfessionalListItem({
  professional: p,
  lang,
  current,
  onSelect,
  focusRef,
}: Props) {
  return (
    <li>
      <button
        type="button"
        className="master-item"
        ref={focusRef}
        aria-current={current ? 'true' : undefined}
        onClick={() => onSelect(p.id)}
      >
        <span>{p.name}</span>
        <span className="muted">{disciplineName(p.discipline, lang)}</span>
      </button>
    </li>
  );
});
