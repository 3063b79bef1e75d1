/** One numbered step of the shared database's schema: SQL run once, in one transaction. */
export interface SharedMigration {
  version: number;
  name: string;
  sql: string;
}
