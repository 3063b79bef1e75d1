import { timingSafeEqual } from 'node:crypto';
import type { ApiErrorCode } from '../shared/api/result.js';

/**
 * The browser host's gatekeeping, as pure functions over the few request facts that
 * matter, so each rule is unit-tested without sockets:
 * - the peer must be this computer (the server also binds 127.0.0.1 only);
 * - the Host header must be exactly 127.0.0.1:PORT, which defeats DNS rebinding (a
 *   hostile name resolving to 127.0.0.1 still sends its own name as Host);
 * - an Origin, when the browser sends one, must be this host's own origin, and a
 *   Sec-Fetch-Site, when sent, must say same-origin: no other site can call the API;
 * - API calls must carry the per-launch random token in X-Planner-Token.
 */

export const LOOPBACK_HOST = '127.0.0.1';
export const TOKEN_HEADER = 'x-planner-token';

export interface RequestFacts {
  remoteAddress: string | undefined;
  host: string | undefined;
  origin: string | undefined;
  secFetchSite: string | undefined;
  token: string | undefined;
}

export interface Refusal {
  status: 403;
  code: ApiErrorCode;
  message: string;
  messageEn: string;
}

function refuse(message: string, messageEn: string): Refusal {
  return { status: 403, code: 'forbidden', message, messageEn };
}

/** 127.0.0.0/8 and ::1, also in the IPv4-mapped IPv6 form node reports on dual-stack sockets. */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
  if (/^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4)) return true;
  return address === '::1';
}

export function ownOrigin(port: number): string {
  return `http://${LOOPBACK_HOST}:${port}`;
}

export function isAllowedHost(host: string | undefined, port: number): boolean {
  return host === `${LOOPBACK_HOST}:${port}`;
}

/** A missing Origin is a same-origin navigation or a non-browser client; the token still guards the API. */
export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  return origin === undefined || origin === ownOrigin(port);
}

export function tokensMatch(expected: string, given: string | undefined): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(expected, 'utf8');
  const b = Buffer.from(given, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Checks that apply to every request, page or API. Null means allowed. */
export function checkRequestSource(facts: RequestFacts, port: number): Refusal | null {
  if (!isLoopbackAddress(facts.remoteAddress)) {
    return refuse(
      'Webhost: alleen verzoeken van deze computer zijn toegestaan.',
      'Web host: only requests from this computer are allowed.',
    );
  }
  if (!isAllowedHost(facts.host, port)) {
    return refuse(
      `Webhost: onbekende hostnaam. Open de planner via ${ownOrigin(port)}/ met het adres dat bij het starten is getoond.`,
      `Web host: unknown host name. Open the planner at ${ownOrigin(port)}/ using the address shown at startup.`,
    );
  }
  if (!isAllowedOrigin(facts.origin, port)) {
    return refuse(
      'Webhost: verzoeken van een andere website worden geweigerd.',
      'Web host: requests from another website are refused.',
    );
  }
  return null;
}

/** The extra checks for /api calls, which read and change the store. Null means allowed. */
export function checkApiCall(facts: RequestFacts, port: number, token: string): Refusal | null {
  const source = checkRequestSource(facts, port);
  if (source) return source;
  if (facts.secFetchSite !== undefined && facts.secFetchSite !== 'same-origin' && facts.secFetchSite !== 'none') {
    return refuse(
      'Webhost: verzoeken van een andere website worden geweigerd.',
      'Web host: requests from another website are refused.',
    );
  }
  if (!tokensMatch(token, facts.token)) {
    return refuse(
      'Webhost: ontbrekende of onjuiste toegangssleutel. Open de planner opnieuw via het adres dat bij het starten is getoond.',
      'Web host: missing or wrong access token. Open the planner again using the address shown at startup.',
    );
  }
  return null;
}
