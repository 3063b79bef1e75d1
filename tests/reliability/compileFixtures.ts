import { buildSync } from 'esbuild';
import fs from 'node:fs';
import os from 'node:os';
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
    else if (entry.name.endsWith('.mjs')) {
      // Plain JavaScript already (the composer's worker thread): copied as it is.
      const target = path.join(compiledRoot, rel);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.copyFileSync(path.join(root, rel), target);
    } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) {
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
    for (const dir of ['db', 'shared', 'node', 'tests/reliability/fixtures']) transpileTree(dir);
    done = true;
  }
  return (name) => path.join(compiledRoot, 'tests', 'reliability', 'fixtures', `${name}.js`);
}

/**
 * A fixture another (unprivileged) user can run, wherever the checkout lives. The checkout
 * may sit in a private folder (mode 700, like a home folder) that such a user cannot enter,
 * so the fixture is bundled into one file in a new folder under os.tmpdir(), together with
 * the runtime files of better-sqlite3 (a native module cannot be bundled), and that folder
 * is made readable for everyone. Returns the script's path and a function that removes the folder.
 */
export function portableFixture(name: string): { script: string; dir: string; remove: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `planner-fixture-${name}-`));
  const script = path.join(dir, `${name}.mjs`);
  buildSync({
    entryPoints: [path.join(root, 'tests', 'reliability', 'fixtures', `${name}.ts`)],
    outfile: script,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // better-sqlite3 is native and copied below; exceljs is only loaded lazily for xlsx files.
    external: ['better-sqlite3', 'exceljs'],
    // Bundled CommonJS packages may `require` Node built-ins.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    logLevel: 'error',
  });
  const modules = path.join(root, 'node_modules');
  const copy = (relative: string) => {
    const target = path.join(dir, 'node_modules', relative);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    // dereference: node_modules (or a package in it) may be a symlink into another private folder.
    fs.cpSync(path.join(modules, relative), target, { recursive: true, dereference: true });
  };
  for (const file of [
    'better-sqlite3/package.json',
    'better-sqlite3/lib',
    'better-sqlite3/build/Release/better_sqlite3.node',
    'bindings',
    'file-uri-to-path',
  ])
    copy(file);
  makeReadable(dir);
  return { script, dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** Folders 755, files 644 (the native module 755), so any user can read and load them. */
function makeReadable(target: string): void {
  const stat = fs.statSync(target);
  if (stat.isDirectory()) {
    fs.chmodSync(target, 0o755);
    for (const entry of fs.readdirSync(target)) makeReadable(path.join(target, entry));
  } else fs.chmodSync(target, target.endsWith('.node') ? 0o755 : 0o644);
}
