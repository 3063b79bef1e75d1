import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { isLang, type Lang } from '../shared/domain/text.js';
import { message, type Message } from '../shared/i18n/message.js';
import { translator } from '../shared/i18n/translator.js';
import { languageOf, splitCommandLine } from '../node/cli/commandLine.js';
import { addSharedDbUser, newUserProblem, type SharedDbUserRole } from '../node/sharedDb/addUser.js';
import { connectionConfig } from '../node/sharedDb/connectionConfig.js';
import { migrateSharedDb } from '../node/sharedDb/migrate.js';
import { sharedDbErrorFrom } from '../node/sharedDb/sharedDbError.js';

/**
 * `npm run shared-db -- init|migrate|add-user --url postgres://admin@server/db [...]`
 *
 * The municipality's IT sets up the optional shared database with this command (see
 * docs/shared-database.md): `init` and `migrate` create the group roles and bring the
 * schema and its row-level security to the newest version (both are safe to repeat);
 * `add-user` gives one person a login role as team leader (in an area) or HR. It runs as
 * an administrator of the database; the planner itself never does. Exit codes: 0 done,
 * 2 the command is wrong, 1 the database refused or could not be reached.
 */
const EXIT_REFUSED = 1;
const EXIT_BAD_INPUT = 2;
const COMMANDS = ['init', 'migrate', 'add-user'] as const;
type Command = (typeof COMMANDS)[number];
const OPTIONS_WITH_VALUE = new Set(['--url', '--lang', '--name', '--role', '--area']);

interface AdminArgs {
  command: Command;
  url: string;
  lang: Lang;
  name?: string;
  role?: SharedDbUserRole;
  area?: string;
}

type Parsed = { ok: true; args: AdminArgs } | { ok: true; help: true } | { ok: false; error: Message };

function parseArgs(argv: readonly string[], lang: Lang): Parsed {
  const line = splitCommandLine(argv, OPTIONS_WITH_VALUE);
  const values: Record<string, string> = {};
  for (const option of line.options) {
    if (option.name === '--help' || option.name === '-h') return { ok: true, help: true };
    if (!OPTIONS_WITH_VALUE.has(option.name)) {
      return { ok: false, error: message('sharedDb.args.unknownOption', { option: option.raw }) };
    }
    if (option.value === null)
      return { ok: false, error: message('sharedDb.args.needsValue', { option: option.name }) };
    values[option.name] = option.value;
  }
  const [command, ...rest] = line.files;
  if (command === undefined) return { ok: false, error: message('sharedDb.args.noCommand') };
  if (!(COMMANDS as readonly string[]).includes(command) || rest.length > 0) {
    return { ok: false, error: message('sharedDb.args.unknownCommand', { command: rest[0] ?? command }) };
  }
  if (values['--lang'] !== undefined && !isLang(values['--lang'])) {
    return { ok: false, error: message('sharedDb.args.badLang') };
  }
  const url = values['--url'];
  if (!url) return { ok: false, error: message('sharedDb.args.noUrl') };
  const args: AdminArgs = { command: command as Command, url, lang };
  if (args.command !== 'add-user') return { ok: true, args };

  const name = values['--name'];
  if (!name) return { ok: false, error: message('sharedDb.args.noName') };
  const role = values['--role'];
  if (role !== 'team-leader' && role !== 'hr') return { ok: false, error: message('sharedDb.args.badRole') };
  const area = values['--area']?.trim();
  const problem = newUserProblem({ name, role, area });
  if (problem) return { ok: false, error: problem };
  return { ok: true, args: { ...args, name, role, area } };
}

async function run(args: AdminArgs): Promise<number> {
  const { t, render } = translator(args.lang);
  const config = connectionConfig(args.url);
  if (!config.ok) {
    process.stderr.write(`shared-db: ${render(config.error)}\n`);
    return EXIT_BAD_INPUT;
  }
  const client = new pg.Client(config.config);
  try {
    await client.connect();
    if (args.command === 'add-user') {
      const password = process.env.WTP_NEW_USER_PASSWORD || randomBytes(18).toString('base64url');
      const { name, role, area } = args as Required<AdminArgs>;
      const outcome = await addSharedDbUser(client, { name, role, password, area });
      if (outcome === 'exists') {
        process.stderr.write(`shared-db: ${t('sharedDb.addUser.exists', { name })}\n`);
        return EXIT_REFUSED;
      }
      const roleText = role === 'hr' ? t('sharedDb.role.hr') : t('sharedDb.role.teamLeader', { area });
      process.stdout.write(`${t('sharedDb.addUser.created', { name, role: roleText })}\n`);
      if (!process.env.WTP_NEW_USER_PASSWORD) {
        process.stdout.write(`${t('sharedDb.addUser.password', { name, password })}\n`);
      }
      return 0;
    }
    const outcome = await migrateSharedDb(client);
    process.stdout.write(
      outcome.applied.length === 0
        ? `${t('sharedDb.migrate.upToDate', { version: String(outcome.to) })}\n`
        : `${t('sharedDb.migrate.applied', { count: outcome.applied.length, from: String(outcome.from), to: String(outcome.to) })}\n`,
    );
    if (args.command === 'init') process.stdout.write(`${t('sharedDb.init.ready')}\n`);
    return 0;
  } catch (error) {
    const failure = sharedDbErrorFrom(error, config.config.user);
    process.stderr.write(`shared-db: ${render(failure.text)}\n`);
    // The administrator at the command line may read the server's own words; the app never shows them.
    if (failure.kind === 'failed' && error instanceof Error) process.stderr.write(`shared-db: ${error.message}\n`);
    return EXIT_REFUSED;
  } finally {
    await client.end().catch(() => undefined);
  }
}

const argv = process.argv.slice(2);
const lang = languageOf(argv);
const parsed = parseArgs(argv, lang);
const { t, render } = translator(lang);
if (!parsed.ok) {
  process.stderr.write(`shared-db: ${render(parsed.error)}\n\n${t('sharedDb.usage')}\n`);
  process.exitCode = EXIT_BAD_INPUT;
} else if ('help' in parsed) {
  process.stdout.write(`${t('sharedDb.usage')}\n`);
} else {
  run(parsed.args).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      // A bug in the planner, not in the command: said plainly, without a stack trace.
      process.stderr.write(`shared-db: ${t('sharedDb.internalError', { detail: String(error) })}\n`);
      process.exitCode = EXIT_REFUSED;
    },
  );
}
