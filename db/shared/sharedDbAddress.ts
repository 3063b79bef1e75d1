/**
 * Where the shared database is, when this installation has one. For now the browser host
 * and the command line take it from WTP_SHARED_DB_URL (the password from PGPASSWORD or a
 * pgpass file, never in the address); the desktop's settings screen comes later.
 */
export const SHARED_DB_URL_VARIABLE = 'WTP_SHARED_DB_URL';

export function sharedDbAddress(env: NodeJS.ProcessEnv = process.env): string | null {
  const address = env[SHARED_DB_URL_VARIABLE]?.trim();
  return address ? address : null;
}

/** The login role in that address, or null (no address, or none that can be read). */
export function sharedDbAddressUser(env: NodeJS.ProcessEnv = process.env): string | null {
  const address = sharedDbAddress(env);
  if (!address) return null;
  try {
    return decodeURIComponent(new URL(address).username) || null;
  } catch {
    return null;
  }
}
