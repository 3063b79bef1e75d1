import { message, type Message } from '../i18n/message.js';

/**
 * Reading the text of a plan file as JSON: the one rule for an empty file, a byte-order
 * mark and where a syntax error is, shared by the command lines (parsePlan.ts) and the
 * exchange panel, which reads files in the page. Free of zod, so the page's start stays
 * without it (docs/architecture.md, "Starting up").
 */
type PlanJsonReading = { ok: true; value: unknown } | { ok: false; text: Message };

export function readPlanJson(text: string): PlanJsonReading {
  // Editors on Windows may save with a byte-order mark, which JSON.parse rejects.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // "Not valid JSON (line 1, column 1)" tells nobody that the file has nothing in it.
  if (body.trim() === '') return { ok: false, text: message('planFile.empty') };
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (error) {
    const where = jsonErrorPosition(body, error);
    // Line and column as plain text: a position is no quantity, so no "1.024" grouping.
    const at = where && { line: String(where.line), column: String(where.column) };
    return { ok: false, text: at ? message('planFile.notJsonAt', at) : message('planFile.notJson') };
  }
}

/**
 * Where JSON.parse gave up. V8 names either "line L column C" or a character
 * "position N"; both are turned into 1-based line and column. Null when it names neither.
 */
export function jsonErrorPosition(text: string, error: unknown): { line: number; column: number } | null {
  const message = error instanceof Error ? error.message : String(error);
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(message);
  if (position) {
    const offset = Math.min(Number(position[1]), text.length);
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    return { line, column: offset - before.lastIndexOf('\n') };
  }
  if (/end of (JSON )?input/i.test(message)) {
    const lines = text.split('\n');
    return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
  }
  return null;
}
