import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { blockedRange, PrivateAllowlist } from '../src/http/ip-ranges.ts';
import { safeFetch } from '../src/http/safe-fetch.ts';
import { FetchError, type FetchFailureReason, type SafeFetchOptions } from '../src/http/types.ts';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

const routes = new Map<string, Handler>();
const hits: string[] = [];
let server: Server;
let base: string;
let port: number;

const FEED = '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>';
const allow: Pick<SafeFetchOptions, 'userAgent' | 'allowPrivate'> = {
  userAgent: 'PeninsulaWatchTest/1.0 (+https://example.org/contact)',
  allowPrivate: ['127.0.0.1'],
};

/** 1 GiB of zeros as 64 concatenated gzip members of 16 MiB each (gunzip reads multi-member streams). */
let gzipBomb: Buffer;

async function expectFetchError(promise: Promise<unknown>, reason: FetchFailureReason): Promise<FetchError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FetchError);
  expect((error as FetchError).reason).toBe(reason);
  return error as FetchError;
}

beforeAll(async () => {
  const member = zlib.gzipSync(Buffer.alloc(16 * 1024 * 1024), { level: 9 });
  gzipBomb = Buffer.concat(Array.from({ length: 64 }, () => member));

  routes.set('/feed', (req, res) => {
    res.setHeader('content-type', 'application/rss+xml; charset=utf-8');
    res.setHeader('x-seen-ua', req.headers['user-agent'] ?? '');
    res.setHeader('x-seen-ae', req.headers['accept-encoding'] ?? '');
    res.end(FEED);
  });
  routes.set('/etag', (req, res) => {
    if (req.headers['if-none-match'] === '"v1"') {
      res.writeHead(304, { etag: '"v1"' });
      res.end();
      return;
    }
    res.writeHead(200, { etag: '"v1"', 'last-modified': 'Mon, 01 Jan 2024 00:00:00 GMT' });
    res.end(FEED);
  });
  routes.set('/since', (req, res) => {
    res.writeHead(req.headers['if-modified-since'] === 'Mon, 01 Jan 2024 00:00:00 GMT' ? 304 : 200);
    res.end(req.headers['if-modified-since'] ? '' : FEED);
  });
  routes.set('/429', (_req, res) => {
    res.writeHead(429, { 'retry-after': '120', 'content-type': 'text/plain' });
    res.end('slow down');
  });
  routes.set('/410', (_req, res) => {
    res.writeHead(410);
    res.end('gone');
  });
  routes.set('/500', (_req, res) => {
    res.writeHead(503, { 'retry-after': 'Wed, 21 Oct 2037 07:28:00 GMT' });
    res.end();
  });
  routes.set('/loop-a', (_req, res) => {
    res.writeHead(302, { location: '/loop-b' });
    res.end();
  });
  routes.set('/loop-b', (_req, res) => {
    res.writeHead(301, { location: `${base}/loop-a` });
    res.end();
  });
  routes.set('/slow-body', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    res.write('<rss>');
    const tick = setInterval(() => res.write('<!-- still here -->'), 50);
    res.on('close', () => clearInterval(tick));
  });
  routes.set('/slow-headers', (_req, res) => {
    setTimeout(() => res.end(FEED), 5_000).unref();
  });
  routes.set('/big-declared', (_req, res) => {
    res.writeHead(200, { 'content-length': String(2 * 1024 * 1024) });
    res.end(Buffer.alloc(2 * 1024 * 1024, 0x20));
  });
  routes.set('/big-chunked', (_req, res) => {
    res.writeHead(200);
    for (let i = 0; i < 32; i++) res.write(Buffer.alloc(64 * 1024, 0x20));
    res.end();
  });
  routes.set('/gzip-bomb', (_req, res) => {
    res.writeHead(200, { 'content-encoding': 'gzip', 'content-type': 'application/rss+xml' });
    res.end(gzipBomb);
  });
  routes.set('/brotli-bomb', (_req, res) => {
    res.writeHead(200, { 'content-encoding': 'br' });
    res.end(
      zlib.brotliCompressSync(Buffer.alloc(64 * 1024 * 1024), {
        params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 },
      }),
    );
  });
  routes.set('/gzip', (_req, res) => {
    res.writeHead(200, { 'content-encoding': 'gzip' });
    res.end(zlib.gzipSync(FEED));
  });
  routes.set('/deflate', (_req, res) => {
    res.writeHead(200, { 'content-encoding': 'deflate' });
    res.end(zlib.deflateSync(FEED));
  });
  routes.set('/deflate-raw', (_req, res) => {
    res.writeHead(200, { 'content-encoding': 'deflate' });
    res.end(zlib.deflateRawSync(FEED));
  });
  routes.set('/br', (_req, res) => {
    res.writeHead(200, { 'content-encoding': 'br' });
    res.end(zlib.brotliCompressSync(FEED));
  });
  routes.set('/corrupt-gzip', (_req, res) => {
    res.writeHead(200, { 'content-encoding': 'gzip' });
    res.end(Buffer.from('this is not gzip at all'));
  });
  routes.set('/to-metadata', (_req, res) => {
    res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' });
    res.end();
  });
  routes.set('/to-mapped-loopback', (_req, res) => {
    res.writeHead(307, { location: `http://[::ffff:127.0.0.2]:${port}/feed` });
    res.end();
  });
  routes.set('/to-localhost', (_req, res) => {
    res.writeHead(302, { location: `http://localhost:${port}/feed` });
    res.end();
  });
  routes.set('/to-file', (_req, res) => {
    res.writeHead(302, { location: 'file:///etc/passwd' });
    res.end();
  });

  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    hits.push(path);
    const chain = /^\/chain\/(\d+)$/.exec(path);
    if (chain) {
      const left = Number(chain[1]);
      if (left === 0) res.end(FEED);
      else {
        res.writeHead(302, { location: `/chain/${left - 1}` });
        res.end();
      }
      return;
    }
    const handler = routes.get(path);
    if (handler) handler(req, res);
    else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  hits.length = 0;
});

describe('safeFetch: responses', () => {
  it('fetches a body with the given User-Agent and Accept-Encoding', async () => {
    const result = await safeFetch(`${base}/feed`, allow);
    expect(result.status).toBe(200);
    expect(result.body.toString()).toBe(FEED);
    expect(result.headers['x-seen-ua']).toBe(allow.userAgent);
    expect(result.headers['x-seen-ae']).toBe('gzip, deflate, br');
    expect(result.headers['content-type']).toContain('rss');
    expect(result.finalUrl).toBe(`${base}/feed`);
    expect(result.redirects).toEqual([]);
  });

  it('sends If-None-Match and returns 304 with an empty body and the ETag', async () => {
    const first = await safeFetch(`${base}/etag`, allow);
    expect(first.status).toBe(200);
    expect(first.headers.etag).toBe('"v1"');
    const second = await safeFetch(`${base}/etag`, { ...allow, etag: first.headers.etag });
    expect(second.status).toBe(304);
    expect(second.body.length).toBe(0);
    expect(second.headers.etag).toBe('"v1"');
  });

  it('sends If-Modified-Since from lastModified', async () => {
    const result = await safeFetch(`${base}/since`, { ...allow, lastModified: 'Mon, 01 Jan 2024 00:00:00 GMT' });
    expect(result.status).toBe(304);
  });

  it('returns 429 with Retry-After as a result, not a throw', async () => {
    const result = await safeFetch(`${base}/429`, allow);
    expect(result.status).toBe(429);
    expect(result.headers['retry-after']).toBe('120');
    expect(result.body.toString()).toBe('slow down');
  });

  it('returns 410 and 503 as results', async () => {
    expect((await safeFetch(`${base}/410`, allow)).status).toBe(410);
    const unavailable = await safeFetch(`${base}/500`, allow);
    expect(unavailable.status).toBe(503);
    expect(unavailable.headers['retry-after']).toBe('Wed, 21 Oct 2037 07:28:00 GMT');
  });

  it.each(['/gzip', '/deflate', '/deflate-raw', '/br'])('decodes %s', async (path) => {
    const result = await safeFetch(`${base}${path}`, allow);
    expect(result.body.toString()).toBe(FEED);
  });

  it('fails a corrupt gzip body with "decode"', async () => {
    await expectFetchError(safeFetch(`${base}/corrupt-gzip`, allow), 'decode');
  });

  it('fails a refused connection with "connect"', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    await expectFetchError(safeFetch(`http://127.0.0.1:${closedPort}/`, allow), 'connect');
  });
});

describe('safeFetch: redirects', () => {
  it('follows up to maxRedirects and reports them', async () => {
    const result = await safeFetch(`${base}/chain/3`, { ...allow, maxRedirects: 3 });
    expect(result.status).toBe(200);
    expect(result.finalUrl).toBe(`${base}/chain/0`);
    expect(result.redirects).toEqual([`${base}/chain/2`, `${base}/chain/1`, `${base}/chain/0`]);
  });

  it('refuses one redirect more than maxRedirects', async () => {
    await expectFetchError(safeFetch(`${base}/chain/4`, { ...allow, maxRedirects: 3 }), 'too-many-redirects');
  });

  it('refuses more than 10 redirects by default', async () => {
    expect((await safeFetch(`${base}/chain/10`, allow)).status).toBe(200);
    await expectFetchError(safeFetch(`${base}/chain/11`, allow), 'too-many-redirects');
  });

  it('detects a redirect loop without walking it to the limit', async () => {
    const error = await expectFetchError(safeFetch(`${base}/loop-a`, allow), 'too-many-redirects');
    expect(error.message).toContain('loop');
    expect(hits).toEqual(['/loop-a', '/loop-b']);
  });

  it('refuses a redirect to a non-http scheme', async () => {
    await expectFetchError(safeFetch(`${base}/to-file`, allow), 'bad-scheme');
  });
});

describe('safeFetch: limits', () => {
  it('times out a body that trickles forever', async () => {
    const started = performance.now();
    await expectFetchError(safeFetch(`${base}/slow-body`, { ...allow, timeoutMs: 300 }), 'timeout');
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('times out headers that never come', async () => {
    await expectFetchError(safeFetch(`${base}/slow-headers`, { ...allow, timeoutMs: 200 }), 'timeout');
  });

  it('honours the caller AbortSignal', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    await expectFetchError(safeFetch(`${base}/slow-body`, { ...allow, signal: controller.signal }), 'aborted');
  });

  it('refuses an oversized body by Content-Length and by counting', async () => {
    await expectFetchError(safeFetch(`${base}/big-declared`, { ...allow, maxBytes: 1024 * 1024 }), 'too-large');
    await expectFetchError(safeFetch(`${base}/big-chunked`, { ...allow, maxBytes: 1024 * 1024 }), 'too-large');
    const fits = await safeFetch(`${base}/big-chunked`, { ...allow, maxBytes: 2 * 1024 * 1024 });
    expect(fits.body.length).toBe(2 * 1024 * 1024);
  });

  it('stops a 1 GiB gzip bomb at the default 15 MiB cap, fast and with little memory', async () => {
    const rssBefore = process.memoryUsage().rss;
    const started = performance.now();
    const error = await expectFetchError(safeFetch(`${base}/gzip-bomb`, allow), 'too-large');
    expect(error.message).toContain(String(15 * 1024 * 1024));
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(200 * 1024 * 1024);
  });

  it('stops a brotli bomb at the cap', async () => {
    await expectFetchError(safeFetch(`${base}/brotli-bomb`, { ...allow, maxBytes: 4 * 1024 * 1024 }), 'too-large');
  });
});

describe('safeFetch: address guard', () => {
  const guarded = { userAgent: allow.userAgent };

  it('refuses loopback without an allowlist, before any request', async () => {
    await expectFetchError(safeFetch(`${base}/feed`, guarded), 'blocked-address');
    await expectFetchError(safeFetch(`http://localhost:${port}/feed`, guarded), 'blocked-address');
    await expectFetchError(safeFetch(`http://[::1]:${port}/feed`, guarded), 'blocked-address');
    await expectFetchError(safeFetch(`http://[::ffff:127.0.0.1]:${port}/feed`, guarded), 'blocked-address');
    // WHATWG URL parsing turns 2130706433 and 0x7f.1 into 127.0.0.1 before the check.
    await expectFetchError(safeFetch(`http://2130706433:${port}/feed`, guarded), 'blocked-address');
    await expectFetchError(safeFetch(`http://0x7f.1:${port}/feed`, guarded), 'blocked-address');
    expect(hits).toEqual([]);
  });

  it('allows loopback by exact IP, CIDR or host name', async () => {
    expect((await safeFetch(`${base}/feed`, { ...guarded, allowPrivate: ['127.0.0.0/8'] })).status).toBe(200);
    const byName = await safeFetch(`http://localhost:${port}/feed`, { ...guarded, allowPrivate: ['LOCALHOST'] });
    expect(byName.status).toBe(200);
    await expectFetchError(safeFetch(`${base}/feed`, { ...guarded, allowPrivate: ['10.0.0.0/8'] }), 'blocked-address');
  });

  it('refuses a redirect from an allowed host to a blocked one', async () => {
    await expectFetchError(safeFetch(`${base}/to-metadata`, allow), 'blocked-address');
    await expectFetchError(safeFetch(`${base}/to-mapped-loopback`, allow), 'blocked-address');
    expect(hits).toEqual(['/to-metadata', '/to-mapped-loopback']);
  });

  it('vets the resolved address of a redirect target, not its name', async () => {
    // localhost resolves to the allowlisted 127.0.0.1, so this hop is fine.
    const result = await safeFetch(`${base}/to-localhost`, allow);
    expect(result.finalUrl).toBe(`http://localhost:${port}/feed`);
    await expectFetchError(
      safeFetch(`http://localhost:${port}/to-metadata`, { ...guarded, allowPrivate: ['localhost'] }),
      'blocked-address',
    );
  });

  it('refuses schemes other than http and https', async () => {
    await expectFetchError(safeFetch('ftp://example.org/feed.xml', allow), 'bad-scheme');
    await expectFetchError(safeFetch('file:///etc/passwd', allow), 'bad-scheme');
    await expectFetchError(safeFetch('not a url', allow), 'bad-scheme');
  });
});

describe('address classification', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['100.64.0.1', 'shared address space (CGNAT)'],
    ['169.254.169.254', 'link-local'],
    ['224.0.0.1', 'multicast'],
    ['0.0.0.0', 'unspecified'],
    ['255.255.255.255', 'reserved/broadcast'],
    ['::', 'unspecified'],
    ['::1', 'loopback'],
    ['fd12:3456::1', 'unique-local (private)'],
    ['fe80::1%eth0', 'link-local'],
    ['ff02::1', 'multicast'],
    ['::ffff:10.0.0.1', 'private (IPv4 inside IPv6)'],
    ['::ffff:7f00:1', 'loopback (IPv4 inside IPv6)'],
    ['64:ff9b::a9fe:a9fe', 'link-local (IPv4 inside IPv6)'],
    ['2002:c0a8:0101::1', 'private (IPv4 inside IPv6)'],
  ])('blocks %s as %s', (address, name) => {
    expect(blockedRange(address)).toBe(name);
  });

  it.each(['8.8.8.8', '172.32.0.1', '172.15.255.255', '100.128.0.1', '2a00:1450:4001::200e', '::ffff:8.8.8.8'])(
    'lets public %s through',
    (address) => {
      expect(blockedRange(address)).toBeNull();
    },
  );

  it('matches allowlist entries by IP, CIDR (also in mapped form) and host', () => {
    const list = new PrivateAllowlist(['127.0.0.1', '10.0.0.0/8', 'Feeds.Internal.', 'fd00::/8']);
    expect(list.allowsAddress('127.0.0.1')).toBe(true);
    expect(list.allowsAddress('127.0.0.2')).toBe(false);
    expect(list.allowsAddress('10.200.3.4')).toBe(true);
    expect(list.allowsAddress('::ffff:10.200.3.4')).toBe(true);
    expect(list.allowsAddress('fd00::5')).toBe(true);
    expect(list.allowsAddress('fe80::5')).toBe(false);
    expect(list.allowsHost('feeds.internal')).toBe(true);
    expect(list.allowsHost('other.internal')).toBe(false);
  });
});
