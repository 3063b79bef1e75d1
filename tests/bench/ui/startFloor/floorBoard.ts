import { createElement as h, type ReactNode } from 'react';

/** As many lanes as the 500 × 15 bench plan has functions, so the same start moments apply. */
export const FLOOR_LANES = 15;

/**
 * The skeleton of a board that startMoments.ts recognises: the lanes, a pool card and the
 * coverage panel's five parts, each with a line of text. No stores, no data, no app code:
 * what React (and, given `lane`, a library) costs before the planner adds anything.
 */
export function floorBoard(lane: (index: number) => ReactNode): ReactNode {
  const parts = ['coverage-summary', 'advice-list', 'heatmap', 'radar', 'function-coverage'];
  return h(
    'main',
    null,
    h(
      'section',
      null,
      Array.from({ length: FLOOR_LANES }, (_, i) => h('div', { key: i, 'data-testid': 'function-lane' }, lane(i))),
    ),
    h('aside', null, h('div', { 'data-testid': 'pool-card' }, 'Wijkverpleegkundige')),
    h(
      'div',
      { 'data-testid': 'coverage-panel' },
      parts.map((p) => h('div', { key: p, 'data-testid': p }, p)),
    ),
  );
}
