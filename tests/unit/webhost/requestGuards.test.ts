import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import {
  checkApiCall,
  checkRequestSource,
  isAllowedHost,
  isAllowedOrigin,
  isLoopbackAddress,
  tokensMatch,
  type RequestFacts,
} from '../../../webhost/requestGuards.js';
import { createRequestHandler } from '../../../webhost/server.js';
import { translator } from '../../../shared/i18n/index.js';
import { fakeHandlers } from './fakeHandlers.js';

const PORT = 41234;
const TOKEN = 't'.repeat(43);
const good: RequestFacts = {
  remoteAddress: '127.0.0.1',
  host: `127.0.0.1:${PORT}`,
  origin: `http://127.0.0.1:${PORT}`,
  secFetchSite: 'same-origin',
  token: TOKEN,
};

describe('loopback address check', () => {
  it('accepts 127/8 and ::1 in plain and IPv4-mapped form', () => {
    for (const a of ['127.0.0.1', '127.1.2.3', '::ffff:127.0.0.1', '::1']) expect(isLoopbackAddress(a), a).toBe(true);
  });
  it('refuses LAN, public, unspecified and look-alike addresses', () => {
    for (const a of [
      '192.168.1.5',
      '10.0.0.1',
      '0.0.0.0',
      '::',
      '::ffff:192.168.1.5',
      '1127.0.0.1',
      '127.0.0.1.evil',
      'fe80::1',
      '',
      undefined,
    ]) {
      expect(isLoopbackAddress(a), String(a)).toBe(false);
    }
  });
});

describe('Host, Origin and token rules', () => {
  it('allows only 127.0.0.1 with the bound port as Host', () => {
    expect(isAllowedHost(`127.0.0.1:${PORT}`, PORT)).toBe(true);
    for (const h of [`localhost:${PORT}`, `evil.example:${PORT}`, '127.0.0.1', `127.0.0.1:${PORT + 1}`, undefined]) {
      expect(isAllowedHost(h, PORT), String(h)).toBe(false);
    }
  });
  it('allows a missing Origin or exactly its own', () => {
    expect(isAllowedOrigin(undefined, PORT)).toBe(true);
    expect(isAllowedOrigin(`http://127.0.0.1:${PORT}`, PORT)).toBe(true);
    for (const o of ['null', 'http://evil.example', `https://127.0.0.1:${PORT}`, `http://localhost:${PORT}`]) {
      expect(isAllowedOrigin(o, PORT), o).toBe(false);
    }
  });
  it('compares tokens exactly', () => {
    expect(tokensMatch(TOKEN, TOKEN)).toBe(true);
    expect(tokensMatch(TOKEN, undefined)).toBe(false);
    expect(tokensMatch(TOKEN, TOKEN.slice(1))).toBe(false);
    expect(tokensMatch(TOKEN, TOKEN.toUpperCase())).toBe(false);
  });
  it('lets a well-formed call through and names the reason for each refusal in Dutch and English', () => {
    const nl = translator('nl');
    const en = translator('en');
    const why = (facts: RequestFacts, lang: typeof nl) => {
      const refusal = checkApiCall(facts, PORT, TOKEN);
      return refusal ? lang.render(refusal.text) : null;
    };
    expect(checkApiCall(good, PORT, TOKEN)).toBeNull();
    expect(why({ ...good, remoteAddress: '192.168.1.5' }, nl)).toBe(
      'Webhost: alleen verzoeken van deze computer zijn toegestaan.',
    );
    expect(why({ ...good, remoteAddress: '192.168.1.5' }, en)).toBe(
      'Web host: only requests from this computer are allowed.',
    );
    expect(why({ ...good, host: 'evil.example' }, nl)).toContain(
      `hostnaam. Open de planner via http://127.0.0.1:${PORT}/`,
    );
    expect(why({ ...good, host: 'evil.example' }, en)).toContain(
      `host name. Open the planner at http://127.0.0.1:${PORT}/`,
    );
    expect(why({ ...good, origin: 'http://evil.example' }, nl)).toMatch(/andere website/);
    expect(why({ ...good, secFetchSite: 'same-site' }, en)).toMatch(/another website/);
    expect(why({ ...good, token: undefined }, nl)).toMatch(/toegangssleutel/);
    expect(why({ ...good, token: undefined }, en)).toMatch(/access key/);
    // Pages need no token (the token lives in the URL fragment), but the source rules hold.
    expect(checkRequestSource({ ...good, token: undefined }, PORT)).toBeNull();
    expect(checkRequestSource({ ...good, remoteAddress: '10.0.0.8' }, PORT)?.status).toBe(403);
  });
});

function fakeExchange(remoteAddress: string, url: string) {
  let status = 0;
  let body = '';
  let resumed = false;
  const request = {
    socket: { remoteAddress },
    headers: { host: `127.0.0.1:${PORT}`, 'x-planner-token': TOKEN },
    url,
    method: 'POST',
    resume: () => {
      resumed = true;
    },
  } as unknown as IncomingMessage;
  const response = {
    headersSent: false,
    writeHead: (s: number) => {
      status = s;
    },
    end: (b?: string) => {
      body = b ?? '';
    },
  } as unknown as ServerResponse;
  return { request, response, result: () => ({ status, body, resumed }) };
}

describe('request handler with a non-loopback peer', () => {
  it('refuses a request from another machine before touching the API, even with the right token', async () => {
    const fake = fakeHandlers();
    const handle = createRequestHandler({
      handlers: fake.handlers,
      staticRoot: '/nonexistent',
      token: TOKEN,
      port: () => PORT,
      maxBodyBytes: 1024,
      log: () => {},
    });
    for (const url of ['/api/teams.list', '/']) {
      const exchange = fakeExchange('192.168.1.20', url);
      await handle(exchange.request, exchange.response);
      const { status, body, resumed } = exchange.result();
      expect(status, url).toBe(403);
      expect(JSON.parse(body)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(resumed).toBe(true);
    }
    expect(fake.calls).toEqual([]);
  });
});
