import type { LookupAddress } from 'node:dns';
import { lookup as dnsLookup } from 'node:dns/promises';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { pipeline } from 'node:stream/promises';
import { Readable, type Transform } from 'node:stream';
import zlib from 'node:zlib';
import { blockedRange, normalizeHost, PrivateAllowlist } from './ip-ranges.ts';
import { FetchError, type FetchFailureReason, type FetchResult, type SafeFetchOptions } from './types.ts';

export const DEFAULT_TIMEOUT_MS = 20_000;
export const DEFAULT_MAX_BYTES = 15 * 1024 * 1024;
export const DEFAULT_MAX_REDIRECTS = 10;
const DEFAULT_ACCEPT =
  'application/rss+xml, application/atom+xml, application/rdf+xml, application/feed+json, ' +
  'application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.7';

const redirectStatuses = new Set([301, 302, 303, 307, 308]);

/**
 * One guarded GET: http(s) only, every hop's addresses vetted after DNS and the socket pinned to
 * the vetted address (no rebinding window between check and connect), an overall deadline that
 * covers a slow body, and a cap on the decompressed size. HTTP error statuses are returned, not
 * thrown; anything without a response throws FetchError.
 */
export async function safeFetch(url: string, options: SafeFetchOptions): Promise<FetchResult> {
  const started = performance.now();
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const allowlist = new PrivateAllowlist(options.allowPrivate ?? []);
  const userSignal = options.signal;
  if (userSignal?.aborted) throw new FetchError('aborted', 'aborted before start', url);

  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onUserAbort = () => controller.abort();
  userSignal?.addEventListener('abort', onUserAbort, { once: true });
  const signal = controller.signal;

  const headers: Record<string, string> = {
    'user-agent': options.userAgent,
    accept: options.accept ?? DEFAULT_ACCEPT,
    'accept-encoding': 'gzip, deflate, br',
  };
  if (options.etag) headers['if-none-match'] = options.etag;
  if (options.lastModified) headers['if-modified-since'] = options.lastModified;

  let current = url;
  // Slots taken on the hosts redirects led to, and what the slot callback threw (passed on as is).
  const releases: Array<() => Promise<void>> = [];
  let slotError: { error: unknown } | undefined;
  try {
    let target = checkedUrl(url, url);
    const redirects: string[] = [];
    const seen = new Set([target.href]);
    const hosts = new Set([target.hostname.toLowerCase()]);
    for (;;) {
      current = target.href;
      const addresses = await vetHost(target, allowlist, signal);
      const response = await openRequest(target, addresses, headers, signal);
      const status = response.statusCode ?? 0;
      const location = response.headers.location;
      if (redirectStatuses.has(status) && location) {
        // Destroy rather than drain: a redirect body can be endless.
        response.destroy();
        let next: URL;
        try {
          next = new URL(location, target);
        } catch {
          throw new FetchError('other', `invalid redirect location: ${location}`, current);
        }
        next = checkedUrl(next.href, current);
        if (seen.has(next.href)) throw new FetchError('too-many-redirects', `redirect loop back to ${next.href}`, current);
        if (redirects.length >= maxRedirects) {
          throw new FetchError('too-many-redirects', `more than ${maxRedirects} redirects`, current);
        }
        redirects.push(next.href);
        seen.add(next.href);
        const host = next.hostname.toLowerCase();
        if (options.redirectSlot && !hosts.has(host)) {
          const pending = options.redirectSlot(next.href);
          try {
            releases.push(await abortable(pending, signal));
          } catch (error) {
            // Past the deadline while waiting: a slot that comes after all is given back at once.
            pending.then((late) => late().catch(() => undefined), () => undefined);
            if (!signal.aborted) slotError = { error };
            throw error;
          }
          hosts.add(host);
        }
        target = next;
        continue;
      }
      const body = status === 304 ? Buffer.alloc(0) : await readBody(response, maxBytes, signal, current);
      if (status === 304) response.destroy();
      return {
        status,
        finalUrl: target.href,
        headers: flattenHeaders(response),
        body,
        durationMs: performance.now() - started,
        redirects,
      };
    }
  } catch (error) {
    if (slotError) throw slotError.error;
    throw toFetchError(error, current, timedOut, userSignal?.aborted === true, timeoutMs);
  } finally {
    clearTimeout(timer);
    userSignal?.removeEventListener('abort', onUserAbort);
    // A release that fails (Redis away) is freed by its lease instead.
    await Promise.all(releases.map((release) => release().catch(() => undefined)));
  }
}

function checkedUrl(text: string, context: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    throw new FetchError('bad-scheme', `not an absolute URL: ${text}`, context);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new FetchError('bad-scheme', `scheme ${parsed.protocol} refused (http and https only)`, text);
  }
  if (!parsed.hostname) throw new FetchError('bad-scheme', 'URL has no host', text);
  return parsed;
}

/** Resolves the host and keeps only addresses that may be contacted; throws when none remain. */
async function vetHost(target: URL, allowlist: PrivateAllowlist, signal: AbortSignal): Promise<LookupAddress[]> {
  const host = normalizeHost(target.hostname);
  let resolved: LookupAddress[];
  const literal = isIP(host);
  if (literal) {
    resolved = [{ address: host, family: literal }];
  } else {
    resolved = await abortable(dnsLookup(host, { all: true, verbatim: true }), signal);
    if (resolved.length === 0) throw new FetchError('dns', `no address for ${host}`, target.href);
  }
  if (allowlist.allowsHost(host)) return resolved;
  const vetted: LookupAddress[] = [];
  const refused: string[] = [];
  for (const entry of resolved) {
    const why = blockedRange(entry.address);
    if (why === null || allowlist.allowsAddress(entry.address)) vetted.push(entry);
    else refused.push(`${entry.address} (${why})`);
  }
  if (vetted.length === 0) {
    throw new FetchError('blocked-address', `${host} resolves to a refused address: ${refused.join(', ')}`, target.href);
  }
  return vetted;
}

function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/** A lookup that only ever hands the socket the addresses that were checked. */
function pinnedLookup(addresses: LookupAddress[]): LookupFunction {
  return (_hostname, options, callback) => {
    const family = options.family === 'IPv4' ? 4 : options.family === 'IPv6' ? 6 : options.family;
    const usable = family === 4 || family === 6 ? addresses.filter((a) => a.family === family) : addresses;
    if (usable.length === 0) {
      const error: NodeJS.ErrnoException = new Error('no vetted address of the requested family');
      error.code = 'ENOTFOUND';
      callback(error, '', 0);
    } else if (options.all) {
      callback(null, usable);
    } else {
      callback(null, usable[0]!.address, usable[0]!.family);
    }
  };
}

function openRequest(
  target: URL,
  addresses: LookupAddress[],
  headers: Record<string, string>,
  signal: AbortSignal,
): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const client = target.protocol === 'https:' ? https : http;
    const auth = target.username
      ? `${decodeURIComponent(target.username)}:${decodeURIComponent(target.password)}`
      : undefined;
    const request = client.request(
      {
        protocol: target.protocol,
        hostname: normalizeHost(target.hostname),
        port: target.port || undefined,
        path: `${target.pathname}${target.search}`,
        method: 'GET',
        headers,
        auth,
        signal,
        lookup: pinnedLookup(addresses),
        // A pooled socket would outlive the DNS answer it was vetted against; polls to one host
        // are seconds apart anyway.
        agent: false,
      },
      resolve,
    );
    request.on('error', reject);
    request.end();
  });
}

function decoderFor(encoding: string, url: string): Transform | ((source: AsyncIterable<Buffer>) => AsyncGenerator<Buffer>) {
  switch (encoding) {
    case 'gzip':
    case 'x-gzip':
      return zlib.createGunzip();
    case 'br':
      return zlib.createBrotliDecompress();
    case 'deflate':
      return inflateEither;
    default:
      throw new FetchError('decode', `unsupported content-encoding: ${encoding}`, url);
  }
}

/** "deflate" is zlib-wrapped per the RFC, but some servers send raw deflate: the first two bytes tell. */
async function* inflateEither(source: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  const iterator = source[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) return;
  const head: Buffer = first.value;
  const wrapped = head.length >= 2 && (head[0]! & 0x0f) === 8 && ((head[0]! << 8) | head[1]!) % 31 === 0;
  const inflater = wrapped ? zlib.createInflate() : zlib.createInflateRaw();
  const input = Readable.from(
    (async function* () {
      yield head;
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value as Buffer;
    })(),
  );
  const done = pipeline(input, inflater).catch((error: unknown) => {
    inflater.destroy(error as Error);
  });
  try {
    for await (const chunk of inflater) yield chunk as Buffer;
  } finally {
    input.destroy();
    await done;
  }
}

/** Reads the body through its decoders, failing as soon as the decoded size passes the cap. */
async function readBody(response: IncomingMessage, maxBytes: number, signal: AbortSignal, url: string): Promise<Buffer> {
  const encodings = (response.headers['content-encoding'] ?? '')
    .split(',')
    .map((e) => e.trim().toLowerCase())
    .filter((e) => e && e !== 'identity');
  const declared = Number(response.headers['content-length']);
  if (encodings.length === 0 && Number.isFinite(declared) && declared > maxBytes) {
    response.destroy();
    throw new FetchError('too-large', `body of ${declared} bytes exceeds the ${maxBytes}-byte cap`, url);
  }
  let decoders: ReturnType<typeof decoderFor>[];
  try {
    // Encodings are listed in the order applied, so they are undone from last to first.
    decoders = encodings.reverse().map((e) => decoderFor(e, url));
  } catch (error) {
    response.destroy();
    throw error;
  }
  const chunks: Buffer[] = [];
  let total = 0;
  const collect = async (source: AsyncIterable<Buffer>) => {
    for await (const chunk of source) {
      total += chunk.length;
      if (total > maxBytes) {
        throw new FetchError('too-large', `decoded body exceeds the ${maxBytes}-byte cap`, url);
      }
      chunks.push(chunk);
    }
  };
  try {
    await (pipeline as (...args: unknown[]) => Promise<void>)(response, ...decoders, collect, { signal });
  } catch (error) {
    if (error instanceof FetchError) throw error;
    if (isDecodeError(error)) {
      throw new FetchError('decode', `cannot decode ${encodings.join(', ')} body: ${(error as Error).message}`, url);
    }
    throw error;
  }
  return Buffer.concat(chunks, total);
}

function isDecodeError(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code ?? '';
  return code.startsWith('Z_') || code.startsWith('ERR__ERROR') || code.includes('BROTLI');
}

function flattenHeaders(response: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(response.headers)) {
    if (value === undefined) continue;
    out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

const connectCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EHOSTDOWN',
  'ENETDOWN',
  'ETIMEDOUT',
  'EPIPE',
  'EADDRNOTAVAIL',
  'ERR_SOCKET_CONNECTION_TIMEOUT',
  'ERR_STREAM_PREMATURE_CLOSE',
]);
const dnsCodes = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NONAME', 'EAI_NODATA', 'ENODATA', 'ESERVFAIL']);

function toFetchError(error: unknown, url: string, timedOut: boolean, userAborted: boolean, timeoutMs: number): FetchError {
  if (error instanceof FetchError) return error;
  if (timedOut) return new FetchError('timeout', `no complete response within ${timeoutMs} ms`, url);
  if (userAborted) return new FetchError('aborted', 'aborted by caller', url);
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as NodeJS.ErrnoException | null)?.code ?? '';
  let reason: FetchFailureReason = 'other';
  if (dnsCodes.has(code)) reason = 'dns';
  else if (connectCodes.has(code)) reason = 'connect';
  else if (/^(ERR_TLS|ERR_SSL|CERT_|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED|HOSTNAME_MISMATCH|ERR_OSSL)/.test(code)) reason = 'tls';
  else if (isDecodeError(error)) reason = 'decode';
  return new FetchError(reason, code ? `${code}: ${message}` : message, url);
}
