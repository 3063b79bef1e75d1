import { nameKey } from '../domain/sameName.js';
import { functionText, type TemplateNames } from './functionName.js';

interface NamedFunction {
  id: string;
  name: string;
  templateKey: string | null;
}

/**
 * The function of a scenario that already has this function's name, or undefined. The
 * scenario comparison matches functions by the name they read (`functionText`, either
 * language) and the print, exports and report name functions only by it, so two functions
 * of one scenario must never read alike: an own "Casusregie" beside the catalogue's
 * Casusregie, or an own "Case coordination" beside it, is the same name.
 */
export function functionWithSameName<F extends NamedFunction>(
  fn: NamedFunction,
  others: readonly F[],
  templates?: TemplateNames,
): F | undefined {
  const keys = readings(fn, templates);
  return others.find((other) => other.id !== fn.id && readings(other, templates).some((key) => keys.includes(key)));
}

function readings(fn: NamedFunction, templates?: TemplateNames): string[] {
  const text = functionText(fn, templates);
  return [nameKey(text.nl), nameKey(text.en)];
}
