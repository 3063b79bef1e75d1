import path from 'node:path';
import { z } from 'zod';
import { message, translator, type Message } from '../../shared/i18n/index.js';

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

interface NativeBindingInput {
  isPackaged: boolean;
  appRoot: string;
  electronVersion: string;
  platform: string;
  arch: string;
  readText: (file: string) => string | null;
}

/**
 * The database module is missing or built for another Electron. `text` says what to do,
 * in the catalogue (shown in the user's language by the start-up dialog); the Error's
 * own message is its Dutch rendering, for the log.
 */
export class NativeBindingError extends Error {
  override name = 'NativeBindingError';
  constructor(readonly text: Message) {
    super(translator('nl').render(text));
  }
}

const MANIFEST_RELATIVE = path.join('out', 'native', 'electron-binding.json');

/** The path to pass as `nativeBinding`, or undefined for the default loader. */
export function resolveNativeBinding(input: NativeBindingInput): string | undefined {
  if (input.isPackaged) return undefined;
  const manifestPath = path.join(input.appRoot, MANIFEST_RELATIVE);
  const text = input.readText(manifestPath);
  const hint = message('shell.native.hint');
  if (text === null) throw new NativeBindingError(message('shell.native.notBuilt', { hint }));
  let parsed: z.infer<typeof manifestSchema>;
  try {
    parsed = manifestSchema.parse(JSON.parse(text));
  } catch {
    throw new NativeBindingError(message('shell.native.damaged', { file: manifestPath, hint }));
  }
  if (parsed.electron !== input.electronVersion || parsed.platform !== input.platform || parsed.arch !== input.arch) {
    const built = `${parsed.electron} (${parsed.platform}-${parsed.arch})`;
    const running = `${input.electronVersion} (${input.platform}-${input.arch})`;
    throw new NativeBindingError(message('shell.native.mismatch', { built, running, hint }));
  }
  return path.resolve(path.dirname(manifestPath), parsed.binding);
}
