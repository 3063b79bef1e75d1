import path from 'node:path';
import { z } from 'zod';

/**
 * Which better-sqlite3 binary the desktop app loads. Packaged, electron-builder has
 * rebuilt the module for Electron inside the app, so the default loader is right. In
 * development (`npm start`), node_modules holds the Node build (for `npm test`), and
 * scripts/build-native-electron.mjs has built an Electron copy under out/native/,
 * recorded in out/native/electron-binding.json.
 */

const manifestSchema = z.object({
  electron: z.string(),
  platform: z.string(),
  arch: z.string(),
  /** Relative to the manifest's folder. */
  binding: z.string(),
});

export interface NativeBindingInput {
  isPackaged: boolean;
  appRoot: string;
  electronVersion: string;
  platform: string;
  arch: string;
  readText: (file: string) => string | null;
}

export class NativeBindingError extends Error {
  override name = 'NativeBindingError';
}

export const MANIFEST_RELATIVE = path.join('out', 'native', 'electron-binding.json');

/** The path to pass as `nativeBinding`, or undefined for the default loader. */
export function resolveNativeBinding(input: NativeBindingInput): string | undefined {
  if (input.isPackaged) return undefined;
  const manifestPath = path.join(input.appRoot, MANIFEST_RELATIVE);
  const text = input.readText(manifestPath);
  const hint = 'Start de planner met `npm start`; dat bouwt de databasemodule voor Electron (eenmalig, met internet).';
  if (text === null) throw new NativeBindingError(`De databasemodule is nog niet voor Electron gebouwd. ${hint}`);
  let parsed: z.infer<typeof manifestSchema>;
  try {
    parsed = manifestSchema.parse(JSON.parse(text));
  } catch {
    throw new NativeBindingError(`${manifestPath} is beschadigd. ${hint}`);
  }
  if (parsed.electron !== input.electronVersion || parsed.platform !== input.platform || parsed.arch !== input.arch) {
    throw new NativeBindingError(
      `De databasemodule is gebouwd voor Electron ${parsed.electron} (${parsed.platform}-${parsed.arch}), maar dit is Electron ${input.electronVersion} (${input.platform}-${input.arch}). ${hint}`,
    );
  }
  return path.resolve(path.dirname(manifestPath), parsed.binding);
}
