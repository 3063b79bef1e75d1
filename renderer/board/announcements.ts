import type { Announcements, ScreenReaderInstructions } from '@dnd-kit/core';
import type { Lang } from '../../shared/domain/text.js';
import { translate } from '../i18n/translate.js';
import { POOL_ZONE, functionIdOfZone, isDragData } from './dndIds.js';

/** Looks up names for announcements; the board passes the plan store's maps. */
export interface NameLookup {
  person(id: string): string;
  fn(id: string): string;
}

/** What a screen reader says while a professional is picked up, moved and dropped, in the UI's language. */
export function dragAnnouncements(lang: () => Lang, names: NameLookup): Announcements {
  const who = (data: unknown) => (isDragData(data) ? names.person(data.professionalId) : '');
  const where = (id: string | number | undefined) => {
    if (id === POOL_ZONE) return translate(lang(), 'dnd.poolZone');
    const fn = functionIdOfZone(id);
    return fn ? names.fn(fn) : null;
  };
  return {
    onDragStart: ({ active }) => translate(lang(), 'dnd.start', { name: who(active.data.current) }),
    onDragOver: ({ active, over }) => {
      const zone = where(over?.id);
      const name = who(active.data.current);
      return zone ? translate(lang(), 'dnd.over', { name, zone }) : translate(lang(), 'dnd.overNone', { name });
    },
    onDragEnd: ({ active, over }) => {
      const zone = where(over?.id);
      const name = who(active.data.current);
      return zone ? translate(lang(), 'dnd.end', { name, zone }) : translate(lang(), 'dnd.endNone', { name });
    },
    onDragCancel: ({ active }) => translate(lang(), 'dnd.cancel', { name: who(active.data.current) }),
  };
}

export function dragInstructions(lang: Lang): ScreenReaderInstructions {
  return { draggable: translate(lang, 'dnd.instructions') };
}
