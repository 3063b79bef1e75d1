import { StoreOpenError } from '../db/index.js';
import { CliArgsError, USAGE, parseWebHostArgs } from './cliArgs.js';
import { startWebHost } from './startWebHost.js';

// `npm run web`: the planner in the browser, on this computer only. Prints exactly one
// line starting with "Wijkteamplanner draait op http://127.0.0.1:PORT/#token=..." (the
// end-to-end tests read it), then serves until Ctrl+C.

async function main(): Promise<number> {
  let args;
  try {
    args = parseWebHostArgs(process.argv.slice(2));
  } catch (error) {
    if (error instanceof CliArgsError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  let host;
  try {
    host = await startWebHost({ dataDir: args.dataDir, port: args.port, open: args.open });
  } catch (error) {
    if (error instanceof StoreOpenError) {
      console.error(error.message);
      return 1;
    }
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      console.error(`Webhost: poort ${args.port} is al in gebruik. Kies een andere met --port, of laat --port weg.`);
      return 1;
    }
    throw error;
  }
  console.log(`Wijkteamplanner draait op ${host.url}`);
  console.log(`Gegevensmap: ${host.dataDir}`);
  console.log('Alleen bereikbaar vanaf deze computer. Stop met Ctrl+C.');
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
    console.error('Webhost: onverwachte fout bij het starten.', error);
    process.exit(1);
  },
);
