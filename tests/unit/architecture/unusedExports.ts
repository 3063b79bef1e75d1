/**
 * Finds exported names that no other file imports (product code and tests alike), so
 * exports stay a file's real interface. Barrels (index.ts re-exports) count a name as
 * used when something imports it through them; entry points and tests are skipped.
 */
import ts from 'typescript';
import { execFileSync } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
export function unusedExports(root: string): string[] {
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
  })
    .split('\n')
    .filter((f) => /\.(ts|tsx|mts)$/.test(f) && !f.endsWith('.d.ts') && !f.startsWith('node_modules'));
  const abs = (f: string) => path.join(root, f);
  function resolve(from: string, spec: string): string | null {
    if (!spec.startsWith('.')) return null;
    const base = path.resolve(path.dirname(from), spec);
    for (const c of [
      base,
      base.replace(/\.js$/, '.ts'),
      base.replace(/\.js$/, '.tsx'),
      base + '.ts',
      base + '.tsx',
      path.join(base, 'index.ts'),
    ])
      if (existsSync(c) && c.match(/\.tsx?$/)) return c;
    return null;
  }
  const exportsOf = new Map<string, Set<string>>();
  const used = new Map<string, Set<string>>(); // file -> names imported by others
  const starUsed = new Set<string>();
  const reexports: { from: string; target: string; names: string[] | '*' }[] = [];
  const mark = (file: string, name: string) => {
    if (!used.has(file)) used.set(file, new Set());
    used.get(file)!.add(name);
  };
  for (const f of files) {
    const full = abs(f);
    const src = ts.createSourceFile(
      full,
      readFileSync(full, 'utf8'),
      ts.ScriptTarget.Latest,
      true,
      f.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
    );
    const ex = new Set<string>();
    for (const st of src.statements) {
      const mods = ts.canHaveModifiers(st) ? ts.getModifiers(st) : undefined;
      const isExp = mods?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
      if (isExp) {
        if (ts.isVariableStatement(st))
          st.declarationList.declarations.forEach((d) => ts.isIdentifier(d.name) && ex.add(d.name.text));
        else if (
          (ts.isFunctionDeclaration(st) ||
            ts.isClassDeclaration(st) ||
            ts.isInterfaceDeclaration(st) ||
            ts.isTypeAliasDeclaration(st) ||
            ts.isEnumDeclaration(st)) &&
          st.name
        )
          ex.add(st.name.text);
      }
      if (ts.isImportDeclaration(st) && ts.isStringLiteral(st.moduleSpecifier)) {
        const target = resolve(full, st.moduleSpecifier.text);
        if (!target) continue;
        const cl = st.importClause;
        if (!cl) continue;
        if (cl.name) mark(target, 'default');
        if (cl.namedBindings) {
          if (ts.isNamespaceImport(cl.namedBindings)) starUsed.add(target);
          else cl.namedBindings.elements.forEach((e) => mark(target, (e.propertyName ?? e.name).text));
        }
      }
      if (ts.isExportDeclaration(st) && st.moduleSpecifier && ts.isStringLiteral(st.moduleSpecifier)) {
        const target = resolve(full, st.moduleSpecifier.text);
        if (!target) continue;
        if (!st.exportClause) reexports.push({ from: full, target, names: '*' });
        else if (ts.isNamedExports(st.exportClause)) {
          st.exportClause.elements.forEach((e) => ex.add(e.name.text));
          reexports.push({
            from: full,
            target,
            names: st.exportClause.elements.map((e) => `${(e.propertyName ?? e.name).text}=${e.name.text}`),
          });
        }
      }
      // dynamic import('x') anywhere
    }
    const dyn = readFileSync(full, 'utf8').matchAll(/import\(\s*['"](\.[^'"]+)['"]\s*\)/g);
    for (const m of dyn) {
      const t = resolve(full, m[1]!);
      if (t) starUsed.add(t);
    }
    exportsOf.set(full, ex);
  }
  // propagate barrels: a name used from the barrel marks the target
  let changed = true;
  while (changed) {
    changed = false;
    for (const r of reexports) {
      const u = used.get(r.from) ?? new Set();
      if (r.names === '*') {
        for (const n of u)
          if (!used.get(r.target)?.has(n)) {
            mark(r.target, n);
            changed = true;
          }
        if (starUsed.has(r.from) && !starUsed.has(r.target)) {
          starUsed.add(r.target);
          changed = true;
        }
      } else
        for (const pair of r.names) {
          const [orig, alias] = pair.split('=');
          if ((u.has(alias!) || starUsed.has(r.from)) && !used.get(r.target)?.has(orig!)) {
            mark(r.target, orig!);
            changed = true;
          }
        }
    }
  }
  const found: string[] = [];
  const entry =
    /(^|\/)(main|preload|index)\.tsx?$|vite\.config|vitest\.config|playwright\.config|\.spec\.ts$|\.test\.ts$|\.bench\.ts$|^tests\/|^scripts\//;
  for (const [file, names] of exportsOf) {
    const rel = path.relative(root, file);
    if (entry.test(rel) && !rel.endsWith('index.ts')) continue;
    if (starUsed.has(file)) continue;
    const u = used.get(file) ?? new Set();
    const unused = [...names].filter((n) => !u.has(n));
    for (const name of unused) found.push(`${rel}:${name}`);
  }
  return found;
}
