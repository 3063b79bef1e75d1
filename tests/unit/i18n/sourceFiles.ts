import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The product's source files (not tests, not the catalogues themselves), read once. */
export const ROOT = path.resolve(import.meta.dirname, '../../..');
const PRODUCT_FOLDERS = ['renderer', 'shared', 'db', 'electron', 'webhost', 'node', 'scripts', 'build'];
const CATALOGUE_FOLDER = 'shared/i18n/locales/';

export interface SourceFile {
  path: string;
  text: string;
}

export function productSources(): SourceFile[] {
  const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', ...PRODUCT_FOLDERS], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return listed
    .split('\n')
    .filter(
      (file) => /\.(ts|tsx|mjs|cjs|js)$/.test(file) && !file.endsWith('.d.ts') && !file.startsWith(CATALOGUE_FOLDER),
    )
    .map((file) => ({ path: file, text: readFileSync(path.join(ROOT, file), 'utf8') }));
}
