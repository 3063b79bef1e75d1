import type { host as nl } from '../nl/host.js';

/** English texts of the browser host; the same keys as the Dutch section. */
export const host: Record<keyof typeof nl, string> = {
  'host.cli.usage': [
    'Usage: npm run web -- [--data-dir DIR] [--port PORT] [--no-open] [--lang nl|en]',
    "  --data-dir DIR   folder with the planner's data (default: the same as the desktop app)",
    '  --port PORT      port on 127.0.0.1 (default 0: any free port)',
    '  --no-open        do not open the browser; only show the address',
    '  --lang nl|en     language of the messages on the terminal (default nl)',
  ].join('\n'),
  'host.cli.badPort': 'Web host: --port expects a number from 0 to 65535, not ‘{value}’.',
  'host.cli.badDataDir': 'Web host: --data-dir expects a folder, for example --data-dir ./data.',
  'host.cli.badLang': 'Web host: --lang expects nl or en, not ‘{value}’.',
  'host.cli.noHost': 'Web host: the address cannot be set; the planner only listens on 127.0.0.1 (this computer).',
  'host.cli.unknownOption': 'Web host: unknown option ‘{option}’.',

  'host.running': '{app} is running at {url}',
  'host.dataDir': 'Data folder: {dir}',
  'host.localOnly': 'Only reachable from this computer. Stop with Ctrl+C.',
  'host.portInUse': 'Web host: port {port} is already in use. Choose another with --port, or leave --port out.',
  'host.startFailed': 'Web host: something unexpected went wrong while starting.',
  'host.browserFailed': 'Web host: the browser could not be opened; open the address yourself.',

  'host.http.postOnly': 'Web host: API calls use POST.',
  'host.http.unknownMethod': 'Web host: unknown method.',
  'host.http.unknownNamedMethod': 'Web host: unknown method ‘{method}’.',
  'host.http.tooLarge': 'The request is too large for the planner. Choose a smaller file.',
  'host.http.badJson': 'Web host: the request is not valid JSON and was not carried out.',
  'host.http.unexpected': 'Something unexpected went wrong in the planner.',
  'host.http.methodNotAllowed': 'Web host: method not supported.',
  'host.http.pageNotFound': 'Web host: this page does not exist.',
  'host.http.notBuilt': 'Web host: the planner has not been built. Start with `npm run web`, which builds it first.',
  'host.http.notLoopback': 'Web host: only requests from this computer are allowed.',
  'host.http.unknownHost':
    'Web host: unknown host name. Open the planner at {origin}/ using the address shown at startup.',
  'host.http.otherSite': 'Web host: requests from another website are refused.',
  'host.http.badToken':
    'This address gives no access: its access key is missing or belongs to an earlier start of the planner. Open the full address the planner showed when it started (it ends in #token= followed by a series of characters), or start the planner again.',
};
