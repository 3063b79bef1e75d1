import { describe, expect, it } from 'vitest';
import { hoursFreeFor } from '../../../shared/engine/suggestions/availability.js';
import type { ProfessionalLoad } from '../../../shared/engine/types.js';

function load(contractHours: number, hoursAllocated: number): ProfessionalLoad {
  return { id: 'lotte', contractHours, hoursAllocated, overAllocated: hoursAllocated > contractHours, functionIds: [] };
}

describe('hoursFreeFor: the hours one function can have of a person', () => {
  it('adds the hours the person already gives this function to what is free', () => {
    // 24 contract, 16 here and 4 in another function: 4 free, so 20 for this function.
    expect(hoursFreeFor(load(24, 20), 16)).toBe(20);
    expect(hoursFreeFor(load(24, 20), 0)).toBe(4);
  });

  it('is never more than the contract, even when the person is over-allocated here', () => {
    // The tour's "Beschikbaar: 40 van 24": 40 hours in this function on a 24-hour contract.
    expect(hoursFreeFor(load(24, 40), 40)).toBe(24);
    expect(hoursFreeFor(load(24, 60), 60)).toBe(24);
  });

  it('counts hours given to other teams, and is never below zero', () => {
    expect(hoursFreeFor(load(24, 16), 8, { lotte: 10 })).toBe(6);
    expect(hoursFreeFor(load(24, 40), 8, { lotte: 10 })).toBe(0);
  });
});
