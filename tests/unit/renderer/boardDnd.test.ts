import type { KeyboardCoordinateGetter } from '@dnd-kit/core';
import { describe, expect, it } from 'vitest';
import { dragAnnouncements } from '../../../renderer/board/announcements.js';
import { functionIdOfZone, functionZoneId, POOL_ZONE } from '../../../renderer/board/dndIds.js';
import { zoneJumps } from '../../../renderer/board/keyboardDrag.js';
import { offerHours } from '../../../renderer/board/suggestedHours.js';
import { MIN_ASSIGNMENT_HOURS } from '../../../shared/engine/index.js';
import { translator } from '../../../shared/i18n/translator.js';

type GetterArgs = Parameters<KeyboardCoordinateGetter>[1];

function rect(top: number) {
  return { top, left: 100, width: 200, height: 80, bottom: top + 80, right: 300 };
}

/** Just the parts of dnd-kit's sensor context the getter reads. */
function context(over: string | null) {
  const rects = new Map([
    [POOL_ZONE, rect(0)],
    ['fn:a', rect(100)],
    ['fn:b', rect(200)],
  ]);
  return { context: { droppableRects: rects, over: over ? { id: over } : null } } as unknown as GetterArgs;
}

function key(code: string) {
  return { code, preventDefault: () => undefined } as unknown as KeyboardEvent;
}

describe('keyboard drag', () => {
  const order = () => [POOL_ZONE, 'fn:a', 'fn:b', 'fn:gone'];

  it('arrow down/right jumps to the next zone in reading order, landing mid-zone', () => {
    const { coordinates } = zoneJumps(order);
    expect(coordinates(key('ArrowDown'), context(POOL_ZONE))).toEqual({ x: 200, y: 140 });
    expect(coordinates(key('ArrowRight'), context('fn:a'))).toEqual({ x: 200, y: 240 });
  });

  it('arrow up/left goes back and wraps around; zones that are not on screen are skipped', () => {
    const jumps = zoneJumps(order);
    jumps.coordinates(key('ArrowDown'), context(null)); // to the pool
    expect(jumps.coordinates(key('ArrowLeft'), context(POOL_ZONE))).toEqual({ x: 200, y: 240 });
    expect(jumps.coordinates(key('ArrowUp'), context('fn:b'))).toEqual({ x: 200, y: 140 });
    expect(jumps.coordinates(key('ArrowDown'), context('fn:a'))).toEqual({ x: 200, y: 240 });
    expect(jumps.coordinates(key('ArrowDown'), context('fn:b'))).toEqual({ x: 200, y: 40 });
  });

  it('counts each step from the zone the last key chose, not from what the scrolling card is over', () => {
    const jumps = zoneJumps(order);
    expect(jumps.coordinates(key('ArrowDown'), context(POOL_ZONE))).toEqual({ x: 200, y: 140 });
    // Mid-scroll the card's corner is between two lanes (over nothing) or still over the pool.
    expect(jumps.coordinates(key('ArrowDown'), context(null))).toEqual({ x: 200, y: 240 });
    expect(jumps.coordinates(key('ArrowUp'), context(POOL_ZONE))).toEqual({ x: 200, y: 140 });
  });

  it('a keyboard drag is over the zone chosen by id; a pointer over what it points at', () => {
    const jumps = zoneJumps(order);
    const containers = [POOL_ZONE, 'fn:a', 'fn:b'].map((id) => ({ id }));
    const { droppableRects } = context(null).context;
    // The card's corner is in the pool (top 0..80) but the key chose fn:a.
    const keyboard = {
      collisionRect: rect(10),
      droppableRects,
      droppableContainers: containers,
      pointerCoordinates: null,
    };
    expect(jumps.collision(keyboard as never).map((c) => c.id)).toEqual([POOL_ZONE]);
    jumps.coordinates(key('ArrowDown'), context(POOL_ZONE));
    expect(jumps.collision(keyboard as never).map((c) => c.id)).toEqual(['fn:a']);
    expect(jumps.collision({ ...keyboard, pointerCoordinates: { x: 150, y: 250 } } as never).map((c) => c.id)).toEqual([
      'fn:b',
    ]);
    // A new drag starts from where its card is.
    jumps.reset();
    expect(jumps.collision(keyboard as never).map((c) => c.id)).toEqual([POOL_ZONE]);
  });

  it('leaves other keys to dnd-kit', () => {
    expect(zoneJumps(order).coordinates(key('Space'), context(POOL_ZONE))).toBeUndefined();
  });
});

describe('drag announcements', () => {
  const names = {
    person: (id: string) => (id === 'p1' ? 'Anna' : '?'),
    fn: (id: string) => (id === 'f1' ? 'Casusregie' : '?'),
  };
  const active = { id: 'pool:p1', data: { current: { professionalId: 'p1', fromFunctionId: null } } };

  it('speaks Dutch by default and English when switched, naming person and function', () => {
    let lang: 'nl' | 'en' = 'nl';
    const a = dragAnnouncements(() => translator(lang), names);
    const over = { id: functionZoneId('f1') };
    expect(a.onDragOver({ active, over } as never)).toBe('Anna hangt boven Casusregie.');
    expect(a.onDragEnd({ active, over } as never)).toBe('Anna is neergezet bij Casusregie.');
    // Back over the pool: a card from the pool is simply not placed; a member is taken out of the function.
    expect(a.onDragOver({ active, over: { id: POOL_ZONE } } as never)).toBe(
      'Anna hangt boven de pool (niet plaatsen).',
    );
    const member = { id: 'member:f1:p1', data: { current: { professionalId: 'p1', fromFunctionId: 'f1' } } };
    expect(a.onDragOver({ active: member, over: { id: POOL_ZONE } } as never)).toBe(
      'Anna hangt boven de pool (uit de functie halen).',
    );
    lang = 'en';
    expect(a.onDragOver({ active, over: null } as never)).toBe('Anna is not over a function.');
    expect(functionIdOfZone(functionZoneId('f1'))).toBe('f1');
  });
});

describe('offered hours', () => {
  const report = {
    functions: [{ id: 'f', hoursRequired: 20, hoursAllocated: 12 }],
  } as never;
  it('offers the free hours, capped by what the function lacks, never 0', () => {
    expect(offerHours(24, report, 'f')).toBe(8);
    expect(offerHours(5, report, 'f')).toBe(5);
    expect(offerHours(0, report, 'f')).toBe(1);
    expect(offerHours(30, null, 'f')).toBe(30);
  });

  it('offers at least the minimum assignment when the function lacks less, or nothing', () => {
    const almostFull = { functions: [{ id: 'f', hoursRequired: 20, hoursAllocated: 18 }] } as never;
    const full = { functions: [{ id: 'f', hoursRequired: 20, hoursAllocated: 24 }] } as never;
    expect(offerHours(24, almostFull, 'f')).toBe(MIN_ASSIGNMENT_HOURS);
    expect(offerHours(24, full, 'f')).toBe(MIN_ASSIGNMENT_HOURS);
    // Less free than the minimum: what is free (the hours dialog then warns).
    expect(offerHours(3, almostFull, 'f')).toBe(3);
  });
});
