import { parseStored } from '../repositories/json.js';

/**
 * A stored JSON column checked against its schema once per distinct text (most people
 * share the same few expertise lists, most functions the same few life domains), for HR's
 * reads of a whole region. The checked value (the schema may drop or default fields) is
 * kept as JSON, so each row still gets a value of its own, equal to what the schema gave;
 * a damaged or hand-edited text still fails as `parseStored` fails.
 */
export function memoParse<T>(schema: { parse(value: unknown): T }): (text: string) => T {
  const checked = new Map<string, string>();
  return (text) => {
    let json = checked.get(text);
    if (json === undefined) {
      json = JSON.stringify(parseStored(text, schema));
      checked.set(text, json);
    }
    return JSON.parse(json) as T;
  };
}
