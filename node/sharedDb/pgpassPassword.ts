import pgpass from 'pgpass';

interface ConnectionFacts {
  host: string;
  port: number;
  database: string;
  user: string;
}

/**
 * The password for a connection from the user's pgpass file (`~/.pgpass`, or the file
 * `PGPASSFILE` names; the pgpass package applies libpq's rules, including ignoring a
 * file others can read). node-postgres still reads that file itself when no password is
 * given, but announces that it will stop doing so; passing this lookup as the password
 * keeps the documented behaviour without the warning on the terminal. No entry: an empty
 * password, so the server's own refusal says what is wrong.
 */
export function pgpassPassword(facts: ConnectionFacts): () => Promise<string> {
  return () => new Promise((resolve) => pgpass(facts, (password) => resolve(password ?? '')));
}
