import ts from 'typescript';
import type { SourceFile } from './sourceFiles.js';

/**
 * Finds texts meant for people that stand in the code instead of the message catalogue:
 * JSX text, user-facing JSX attributes (aria-label, title, placeholder, alt, label) and
 * string literals that read as prose (two or more plain words). Code strings - module
 * paths, SQL, class names, keys, ids - are not prose and pass.
 */
export interface Literal {
  file: string;
  line: number;
  text: string;
}

const USER_FACING_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
]);
const SQL =
  /^\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|PRAGMA|ALTER|DROP|WITH|BEGIN|COMMIT|ROLLBACK|VACUUM|ATTACH|DETACH|REPLACE|SAVEPOINT|RELEASE)\b/i;
const WORD = /^[\p{L}’']+[,.;:!?…]?$/u;

/** Prose: at least two tokens that are plain words, one of them a real word (3+ letters). */
export function readsAsProse(text: string): boolean {
  if (SQL.test(text)) return false;
  const words = text
    .trim()
    .split(/\s+/)
    .filter((token) => WORD.test(token));
  return words.length >= 2 && words.some((word) => /\p{L}{3,}/u.test(word));
}

export function findLiterals(file: SourceFile): Literal[] {
  const kind = file.path.endsWith('x')
    ? ts.ScriptKind.TSX
    : file.path.endsWith('.ts')
      ? ts.ScriptKind.TS
      : ts.ScriptKind.JS;
  const source = ts.createSourceFile(file.path, file.text, ts.ScriptTarget.Latest, true, kind);
  const found: Literal[] = [];
  const add = (node: ts.Node, text: string) => {
    const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
    found.push({ file: file.path, line, text: text.trim() });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) return;
    if (ts.isJsxText(node)) {
      if (/\p{L}/u.test(node.text)) add(node, node.text);
      return;
    }
    if (ts.isJsxAttribute(node) && node.initializer && ts.isStringLiteral(node.initializer)) {
      const name = node.name.getText(source);
      if (USER_FACING_ATTRIBUTES.has(name) && /\p{L}/u.test(node.initializer.text)) add(node, node.initializer.text);
      return;
    }
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      if (readsAsProse(node.text)) add(node, node.text);
      return;
    }
    if (ts.isTemplateExpression(node)) {
      const parts = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ');
      if (readsAsProse(parts)) add(node, node.getText(source));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}
