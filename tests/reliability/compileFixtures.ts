import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * The crash and multi-process tests start many short-lived child processes. Through a
 * TypeScript loader each start costs ~1 s; so the store's sources are transpiled once to
 * plain ES modules under out/ (inside the repo, so node_modules resolves) and the children
 * run with bare `node`. Type checking is not needed here: `tsc` does that for the repo.
 */

const root = path.resolve(import.meta.dirname, '../..');
export const compiledRoot = path.join(root, 'out', 'reliability-js');

function transpileTree(relativeDir: string): void {
  const dir = path.join(root, relativeDir);
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const rel = path.join(relativeDir, entry.name);
    if (entry.isDirectory()) transpileTree(rel);
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) {
      const source = fs.readFileSync(path.join(root, rel), 'utf8');
      const output = ts.transpileModule(source, {
        compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true },
        fileName: rel,
      });
      const target = path.join(compiledRoot, rel.replace(/\.ts$/, '.js'));
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, output.outputText);
    }
  }
}

let done = false;

/** Returns the path of a compiled fixture, e.g. `fixture('writer')`. */
export function compileFixtures(): (name: string) => string {
  if (!done) {
    fs.rmSync(compiledRoot, { recursive: true, force: true });
    for (const dir of ['db', 'shared', 'tests/reliability/fixtures']) transpileTree(dir);
    done = true;
  }
  return (name) => path.join(compiledRoot, 'tests', 'reliability', 'fixtures', `${name}.js`);
}
