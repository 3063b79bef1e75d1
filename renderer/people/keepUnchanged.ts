import { compareStructural } from 'mobx';
import type { Professional } from '../../shared/domain/schemas.js';

/**
 * The store's answer to an edit of one person, with every field that did not change kept
 * as the object the screen already holds (the answer is fresh JSON, so even the untouched
 * team roles and vakkennis arrive as new objects). The editor's sections and the board's
 * cards compare their props by identity: after a rating change only what shows ratings
 * renders again. Nothing changed at all: the person as they were.
 */
export function keepUnchanged(before: Professional | undefined, next: Professional): Professional {
  if (!before || before.id !== next.id) return next;
  const keys = Object.keys(next) as (keyof Professional)[];
  const kept: Record<string, unknown> = {};
  let changed = keys.length !== Object.keys(before).length;
  for (const key of keys) {
    const same = compareStructural(before[key], next[key]);
    kept[key] = same ? before[key] : next[key];
    changed ||= !same;
  }
  return changed ? (kept as Professional) : before;
}
