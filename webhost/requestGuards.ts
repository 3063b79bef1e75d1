import { timingSafeEqual } from 'node:crypto';
import type { ApiErrorCode } from '../shared/api/result.js';
import { message, type Message } from '../shared/i18n/message.js';

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
  text: Message;
}

function refuse(text: Message): Refusal {
  return { status: 403, code: 'forbidden', text };
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
    return refuse(message('webhostError.notLoopback'));
  }
  if (!isAllowedHost(facts.host, port)) {
    return refuse(message('webhostError.unknownHost', { origin: ownOrigin(port) }));
  }
  if (!isAllowedOrigin(facts.origin, port)) {
    return refuse(message('webhostError.otherSite'));
  }
  return null;
}

/** The extra checks for /api calls, which read and change the store. Null means allowed. */
export function checkApiCall(facts: RequestFacts, port: number, token: string): Refusal | null {
  const source = checkRequestSource(facts, port);
  if (source) return source;
  if (facts.secFetchSite !== undefined && facts.secFetchSite !== 'same-origin' && facts.secFetchSite !== 'none') {
    return refuse(message('webhostError.otherSite'));
  }
  if (!tokensMatch(token, facts.token)) {
    return refuse(message('webhostError.badToken'));
  }
  return null;
}
