import { describe, expect, it } from 'vitest';
import { containsSearch } from '../../../shared/i18n/searchText.js';

describe('containsSearch, the one rule of every search box', () => {
  it('finds any part of the text, not only its start', () => {
    expect(containsSearch('Wijkteam Noord-Oost 12', 'noord')).toBe(true);
    expect(containsSearch('Wijkteam Noord-Oost 12', 'oost 1')).toBe(true);
    expect(containsSearch('Wijkteam Centrum', 'noord')).toBe(false);
  });

  it('ignores case and accents on either side', () => {
    expect(containsSearch('Céline de Vries', 'CELINE')).toBe(true);
    expect(containsSearch('Wijkteam Zuid', 'zuïd')).toBe(true);
  });

  it('treats an empty or blank search as matching everything', () => {
    expect(containsSearch('Wijkteam Centrum', '')).toBe(true);
    expect(containsSearch('Wijkteam Centrum', '   ')).toBe(true);
  });
});
