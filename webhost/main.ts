import { languageOf } from '../node/cli/commandLine.js';
import { StoreOpenError } from '../db/index.js';
import { message, translator } from '../shared/i18n/index.js';
import { CliArgsError, USAGE, parseWebHostArgs } from './cliArgs.js';
import { startWebHost } from './startWebHost.js';

// `npm run web`: the planner in the browser, on this computer only. Prints exactly one
// line starting with "Wijkteamplanner draait op http://127.0.0.1:PORT/#token=..." (the
// end-to-end tests read it; 'host.running' in the catalogue), then serves until Ctrl+C.
// Everything it prints comes from the catalogue, in the --lang language.

const APP = message('app.title');

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  const { t, render } = translator(languageOf(argv));
  let args;
  try {
    args = parseWebHostArgs(argv);
  } catch (error) {
    if (error instanceof CliArgsError) {
      console.error(render(error.text));
      if (error.withUsage) console.error(render(USAGE));
      return 2;
    }
    throw error;
  }
  if (args.help) {
    console.log(render(USAGE));
    return 0;
  }
  let host;
  try {
    host = await startWebHost({ dataDir: args.dataDir, port: args.port, open: args.open, lang: args.lang });
  } catch (error) {
    if (error instanceof StoreOpenError) {
      console.error(args.lang === 'en' ? error.messageEn : error.message);
      return 1;
    }
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      // The port as typed, not as a formatted number (8.123 in Dutch).
      console.error(t('host.portInUse', { port: String(args.port) }));
      return 1;
    }
    throw error;
  }
  console.log(t('host.running', { app: APP, url: host.url }));
  console.log(t('host.dataDir', { dir: host.dataDir }));
  console.log(t('host.localOnly'));
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await host.close();
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(translator(languageOf(process.argv.slice(2))).t('host.startFailed'), error);
    process.exit(1);
  },
);
