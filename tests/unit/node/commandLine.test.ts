import { describe, expect, it } from 'vitest';
import { languageOf, splitCommandLine } from '../../../node/cli/commandLine.js';

describe('the command line of the planner commands', () => {
  it('finds the language first, in either spelling, Dutch otherwise', () => {
    expect(languageOf(['plan.json', '--lang', 'en'])).toBe('en');
    expect(languageOf(['--lang=en', '--bogus'])).toBe('en');
    expect(languageOf(['--lang', 'de'])).toBe('nl');
    expect(languageOf([])).toBe('nl');
  });

  it('separates files from options and gives values to the options that take one', () => {
    const line = splitCommandLine(
      ['plan.json', '--json', '--time-limit', '5', '--out=x.json', '-', '--lang'],
      new Set(['--time-limit', '--out', '--lang']),
    );
    expect(line.files).toEqual(['plan.json', '-']);
    expect(line.options).toEqual([
      { name: '--json', value: null, raw: '--json' },
      { name: '--time-limit', value: '5', raw: '--time-limit' },
      { name: '--out', value: 'x.json', raw: '--out=x.json' },
      { name: '--lang', value: null, raw: '--lang' },
    ]);
  });

  it('never takes the next option as a value', () => {
    const line = splitCommandLine(['--out', '--json'], new Set(['--out']));
    expect(line.options.map((o) => [o.name, o.value])).toEqual([
      ['--out', null],
      ['--json', null],
    ]);
  });
});
