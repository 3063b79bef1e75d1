import type { Announcements, ScreenReaderInstructions } from '@dnd-kit/core';
import type { Translator } from '../../shared/i18n/translator.js';
import { POOL_ZONE, functionIdOfZone, isDragData } from './dndIds.js';

/** Looks up names for announcements; the board passes the plan store's maps. */
interface NameLookup {
  person(id: string): string;
  fn(id: string): string;
}

/**
 * What a screen reader says while a professional is picked up, moved and dropped, in the
 * UI's language: `current` gives the translator of the moment, so the object itself can
 * stay the same across a language switch (dnd-kit's context must not change).
 */
export function dragAnnouncements(current: () => Translator, names: NameLookup): Announcements {
  const t: Translator['t'] = (key, params) => current().t(key, params);
  const who = (data: unknown) => (isDragData(data) ? names.person(data.professionalId) : '');
  // The pool takes a member out of their function; for a card from the pool it is only where it came from.
  const where = (id: string | number | undefined, data: unknown) => {
    if (id === POOL_ZONE) return t(isDragData(data) && data.fromFunctionId ? 'dnd.poolZone' : 'dnd.poolZoneBack');
    const fn = functionIdOfZone(id);
    return fn ? names.fn(fn) : null;
  };
  return {
    onDragStart: ({ active }) => t('dnd.start', { name: who(active.data.current) }),
    onDragOver: ({ active, over }) => {
      const zone = where(over?.id, active.data.current);
      const name = who(active.data.current);
      return zone ? t('dnd.over', { name, zone }) : t('dnd.overNone', { name });
    },
    onDragEnd: ({ active, over }) => {
      const zone = where(over?.id, active.data.current);
      const name = who(active.data.current);
      return zone ? t('dnd.end', { name, zone }) : t('dnd.endNone', { name });
    },
    onDragCancel: ({ active }) => t('dnd.cancel', { name: who(active.data.current) }),
  };
}

export function dragInstructions(t: Translator['t']): ScreenReaderInstructions {
  return { draggable: t('dnd.instructions') };
}
