import type { sharedDb as nl } from '../nl/sharedDb.js';

/** The shared municipal database in English; the same keys as the Dutch section. */
export const sharedDb: Record<keyof typeof nl, string> = {
  'sharedDb.usage':
    'Usage:\n' +
    '  npm run shared-db -- init --url postgres://admin@server/database\n' +
    '  npm run shared-db -- migrate --url postgres://admin@server/database\n' +
    '  npm run shared-db -- add-user --url postgres://admin@server/database --name NAME --role team-leader|hr [--area AREA]\n' +
    '\n' +
    '  init      creates the roles and the schema of the shared database (safe to run again)\n' +
    '  migrate   applies new schema steps after an update of the planner\n' +
    '  add-user  gives one person access as a team leader (with an area) or as HR\n' +
    '  --lang nl|en  language of the messages (default nl)\n' +
    '\n' +
    "The administrator's password comes from the address, from PGPASSWORD or from a pgpass file.\n" +
    "add-user takes the new user's password from WTP_NEW_USER_PASSWORD, or creates one and shows it once.\n" +
    'Beyond this computer, TLS with a valid server certificate is required.\n' +
    '\n' +
    'Exit code: 0 done, 2 error in the command, 1 the database refused or could not be reached.',
  'sharedDb.args.noCommand': 'name a command: init, migrate or add-user',
  'sharedDb.args.unknownCommand': 'unknown command: {command}',
  'sharedDb.args.unknownOption': 'unknown option: {option}',
  'sharedDb.args.needsValue': '{option} expects a value',
  'sharedDb.args.noUrl': 'give the address of the database with --url',
  'sharedDb.args.badLang': '--lang must be nl or en',
  'sharedDb.args.noName': "give the new user's login name with --name",
  'sharedDb.args.badName':
    'the login name may contain only lower-case letters, digits and _ (at most 63 characters) and must not start with wtp_ or pg_',
  'sharedDb.args.badRole': '--role must be team-leader or hr',
  'sharedDb.args.noArea': 'a team leader needs an area: --area',
  'sharedDb.args.hrNoArea': 'HR has no area (HR reads every team): leave out --area',
  'sharedDb.url.invalid': 'this is not a valid database address; expected: postgres://user@server:5432/database',
  'sharedDb.url.incomplete': 'the database address lacks the server, the user or the name of the database',
  'sharedDb.url.caUnreadable': 'the certificate file {file} cannot be read',
  'sharedDb.error.unreachable': 'the shared database cannot be reached; nothing is lost, please try again later',
  'sharedDb.error.serverNotFound':
    "the server was not found: check the server's name and the network connection; nothing is lost",
  'sharedDb.check.portClosed':
    'the server {server} accepts no connection on port {port}: check the port number (usually 5432) and ask whether the database is running',
  'sharedDb.check.noAnswer':
    'the server {server} does not answer on port {port}: check the name of the server and the port number, or ask the IT department whether a firewall blocks the connection',
  'sharedDb.error.login': 'signing in to the shared database failed: check the user name and password',
  'sharedDb.error.notAllowed':
    'the shared database does not allow this for this user: ask the administrator whether the user was added as team leader or HR (npm run shared-db -- add-user)',
  'sharedDb.error.notYourTeam':
    'in the shared database this team belongs to another team leader; ask the administrator to hand the team over to you, then choose Send again',
  'sharedDb.error.noPassword':
    'no password found for {user}: set PGPASSWORD or a pgpass file (see docs/shared-database.md)',
  'sharedDb.error.noPasswordKeychain':
    "no password kept for {user}: enter the password under Shared database, This installation's connection, and choose Save and connect; the planner keeps it in the operating system's keychain",
  'sharedDb.error.noDatabase': 'this database does not exist on the server: check the name of the database',
  'sharedDb.error.notInitialised': 'the shared database has not been set up yet: run npm run shared-db -- init first',
  'sharedDb.error.failed':
    "the shared database reported an unexpected error (code {code}); ask the IT department to look in the database server's log",
  'sharedDb.error.failedNoCode':
    "the shared database reported an unexpected error; ask the IT department to look in the database server's log",
  'sharedDb.error.migrateNeeded':
    'the shared database was set up by an older version of the planner: ask the administrator to run npm run shared-db -- migrate',
  'sharedDb.error.noRole':
    'the user {user} does not exist in the shared database: ask the administrator to add it with npm run shared-db -- add-user',
  'sharedDb.error.notAdmitted':
    'the database server does not let this computer or user in (pg_hba.conf): ask the IT department to set up access',
  'sharedDb.error.tlsNotOffered':
    'the server offers no secure connection (TLS), and the planner does not connect without one: ask the IT department to switch TLS on for the database server',
  'sharedDb.error.tlsUntrusted':
    "the server's certificate is not trusted or belongs to another server name: check the municipality's CA certificate and the server name, or ask the IT department",
  'sharedDb.migrate.applied_one': 'Database updated from schema version {from} to {to} ({count} step).',
  'sharedDb.migrate.applied_other': 'Database updated from schema version {from} to {to} ({count} steps).',
  'sharedDb.migrate.upToDate': 'Database is up to date: schema version {version}.',
  'sharedDb.init.ready': 'The group roles wtp_team_leader, wtp_hr and wtp_admin and the schema wtp are ready.',
  'sharedDb.addUser.created': 'User {name} created as {role}.',
  'sharedDb.addUser.exists': 'A role {name} already exists on this server; nothing was changed.',
  'sharedDb.addUser.password':
    'One-time password for {name} (pass it on securely and keep it nowhere else): {password}',
  'sharedDb.role.teamLeader': 'team leader in area {area}',
  'sharedDb.role.hr': 'HR (reads all teams)',
  'sharedDb.publish.notConfigured':
    "Publishing is not possible: this installation is not connected to a shared database. Ask the municipality's IT department for its address (WTP_SHARED_DB_URL).",
  'sharedDb.publish.sampleTeam':
    'This team belongs to the Voorbeeldwijk sample and consists of made-up people. Sample teams are not published, so HR never takes them for real teams. Create a team of your own to publish.',
  'sharedDb.outbox.unreadablePlan':
    'This plan cannot be sent: the copy kept in the queue is unreadable. Publish the team again.',
  'sharedDb.outbox.gone': 'This publication is no longer in the outbox; refresh the overview.',
  'sharedDb.drain.failed': "the shared database's outbox could not be sent",
  'sharedDb.settings.noHost': 'This planner keeps no settings for the shared database; use WTP_SHARED_DB_URL.',
  'sharedDb.pull.notConfigured':
    'This installation is not connected to a shared database; set its address under Shared database.',
  'sharedDb.pull.unreachable':
    'The shared database cannot be reached right now, so the overview was not refreshed. Try again later with Refresh.',
  'sharedDb.pull.failed': 'The shared database could not be read: {reason}.',
  'sharedDb.internalError': 'internal error of the planner: {detail}',
};
