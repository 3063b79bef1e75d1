// Lists the interface texts that stand outside the message catalogue, for one folder or
// file prefix while moving texts into the catalogue:
//   npx tsx tests/unit/i18n/listLiterals.ts renderer/print
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { findLiterals } from './findLiterals.js';
import { productSources, ROOT } from './sourceFiles.js';

const prefix = process.argv[2] ?? '';
const allowed: { file: string; text?: string }[] = JSON.parse(
  readFileSync(path.join(ROOT, 'tests/unit/i18n/literal-allowlist.json'), 'utf8'),
).entries;
const found = productSources()
  .filter((file) => file.path.startsWith(prefix))
  .flatMap(findLiterals)
  .filter((l) => !allowed.some((a) => a.file === l.file && (a.text === undefined || a.text === l.text)));
for (const l of found) console.log(`${l.file}:${l.line}: ${l.text.slice(0, 120)}`);
console.log(`${found.length} texts outside the catalogue under '${prefix}'`);
