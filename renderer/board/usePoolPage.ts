import { useState } from 'react';
import { POOL_PAGE } from './poolPage.js';

/**
 * The first pages of a list of people (the board's pool, the professionals screen): the
 * items listed, how many are not, how many the next page adds, and the way to list it.
 */
export function usePoolPage<T>(items: readonly T[]) {
  const [limit, setLimit] = useState(POOL_PAGE);
  const listed = items.slice(0, limit);
  const hidden = items.length - listed.length;
  return {
    listed,
    hidden,
    nextPage: Math.min(hidden, POOL_PAGE),
    showMore: () => setLimit((current) => current + POOL_PAGE),
  };
}
