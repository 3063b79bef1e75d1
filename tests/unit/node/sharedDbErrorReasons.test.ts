import { describe, expect, it } from 'vitest';
import { sharedDbErrorFrom } from '../../../node/sharedDb/sharedDbError.js';
import { en, nl } from '../../support/inLanguage.js';

/** The words for a failed connection, as the settings check and the wachtrij show them. */
describe('why the shared database could not be reached', () => {
  it('says a server name that does not resolve was not found (a typing error, most often)', () => {
    const error = sharedDbErrorFrom(
      Object.assign(new Error('getaddrinfo ENOTFOUND db.gemeente.invalid'), { code: 'ENOTFOUND' }),
    );
    expect(error.kind).toBe('unreachable');
    expect(error.text.key).toBe('sharedDb.error.serverNotFound');
  });

  it('keeps the general words for a server that is away', () => {
    const error = sharedDbErrorFrom(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }));
    expect(error.text.key).toBe('sharedDb.error.unreachable');
  });

  it("treats a single client's sign-in timeout as a lost connection, like the pool's", () => {
    // pg.Client says "timeout expired", pg.Pool "Connection terminated due to connection timeout".
    for (const text of ['timeout expired', 'Connection terminated due to connection timeout']) {
      expect(sharedDbErrorFrom(new Error(text)).text.key).toBe('sharedDb.error.unreachable');
    }
  });
});

/** Refusals that say what to do, instead of the driver's English or a vague "not allowed". */
describe('why the shared database refused', () => {
  it("names the user whose password is missing instead of node-postgres's SCRAM message", () => {
    for (const text of ['string', 'non-empty string']) {
      const error = sharedDbErrorFrom(
        new Error(`SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a ${text}`),
        'j_devries',
      );
      expect(error.kind).toBe('refused');
      expect(error.text).toEqual({ key: 'sharedDb.error.noPassword', params: { user: 'j_devries' } });
      expect(nl(error.text)).toBe(
        'geen wachtwoord gevonden voor j_devries: zet PGPASSWORD of een pgpass-bestand (zie docs/shared-database.md)',
      );
    }
  });

  it('advises where to put a missing password by where this installation keeps it', () => {
    const scram = new Error('SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string');
    // The browser host and the command line: PGPASSWORD or a pgpass file.
    const pgpass = sharedDbErrorFrom(scram, 'j_devries', 'pgpass');
    expect(en(pgpass.text)).toBe(
      'no password found for j_devries: set PGPASSWORD or a pgpass file (see docs/shared-database.md)',
    );
    // The desktop: typed in the settings, kept in the keychain; no PGPASSWORD to set.
    const desktop = sharedDbErrorFrom(scram, 'j_devries', 'keychain');
    expect(desktop.kind).toBe('refused');
    expect(desktop.text).toEqual({ key: 'sharedDb.error.noPasswordKeychain', params: { user: 'j_devries' } });
    expect(nl(desktop.text)).toBe(
      'geen wachtwoord bewaard voor j_devries: vul het wachtwoord in bij Gedeelde database, Verbinding van deze installatie, en kies Opslaan en verbinden; de planner bewaart het in de sleutelhanger van het besturingssysteem',
    );
    expect(en(desktop.text)).toBe(
      "no password kept for j_devries: enter the password under Shared database, This installation's connection, and choose Save and connect; the planner keeps it in the operating system's keychain",
    );
  });

  it('says a team of another team leader is theirs, apart from a missing privilege', () => {
    const notYours = sharedDbErrorFrom(Object.assign(new Error('not your team'), { code: 'WT403' }));
    expect(notYours.kind).toBe('refused');
    expect(notYours.text.key).toBe('sharedDb.error.notYourTeam');
    expect(nl(notYours.text)).toContain('van een andere teamleider');
    const privilege = sharedDbErrorFrom(Object.assign(new Error('permission denied'), { code: '42501' }));
    expect(privilege.text.key).toBe('sharedDb.error.notAllowed');
  });
});

/** Each cause its own words and what to do; the server's English never reaches the screen. */
describe('what the IT person reads for each cause', () => {
  const pgError = (code: string, text: string) => Object.assign(new Error(text), { code });
  const cases: [unknown, string][] = [
    [
      pgError('SELF_SIGNED_CERT_IN_CHAIN', 'self-signed certificate in certificate chain'),
      'sharedDb.error.tlsUntrusted',
    ],
    [
      pgError('ERR_TLS_CERT_ALTNAME_INVALID', "Hostname/IP does not match certificate's altnames"),
      'sharedDb.error.tlsUntrusted',
    ],
    [new Error('The server does not support SSL connections'), 'sharedDb.error.tlsNotOffered'],
    [
      pgError('28000', 'no pg_hba.conf entry for host "10.0.0.5", user "anna", database "wtp", no encryption'),
      'sharedDb.error.notAdmitted',
    ],
    [pgError('28000', 'role "anna" does not exist'), 'sharedDb.error.noRole'],
    [pgError('28P01', 'password authentication failed for user "anna"'), 'sharedDb.error.login'],
    [pgError('3F000', 'schema "wtp" does not exist'), 'sharedDb.error.notInitialised'],
    [pgError('42883', 'function wtp.publish_team(text) does not exist'), 'sharedDb.error.migrateNeeded'],
  ];
  it.each(cases)('%s', (error, key) => {
    const failure = sharedDbErrorFrom(error, 'anna');
    expect(failure.text.key).toBe(key);
    expect(nl(failure.text)).not.toContain((error as Error).message);
  });

  it('gives an unexpected server error by its code only, and sends the reader to the server log', () => {
    const failure = sharedDbErrorFrom(pgError('XX000', 'internal error at heapam.c:1234'));
    expect(failure.kind).toBe('failed');
    expect(nl(failure.text)).toBe(
      'de gedeelde database gaf een onverwachte fout (code XX000); vraag de ICT-afdeling om in het logboek van de databaseserver te kijken',
    );
    expect(nl(sharedDbErrorFrom(new Error('kapot')).text)).not.toContain('kapot');
  });
});
