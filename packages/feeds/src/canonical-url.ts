/** Query parameters that only track the reader and never select content. */
const trackingParams = new Set([
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'ttclid',
  'igshid',
  'mc_cid',
  'mc_eid',
  'ocid',
  'cmpid',
  'cmp',
  'smid',
  'smtyp',
  '_ga',
  '_gl',
  '_hsenc',
  '_hsmi',
  'mkt_tok',
  'vero_id',
  'oly_enc_id',
  'oly_anon_id',
  'rb_clickid',
  's_cid',
  'ns_mchannel',
  'ns_source',
  'ns_campaign',
  'ns_linkname',
  'ns_fee',
  'at_medium',
  'at_campaign',
  'at_custom1',
  'at_custom2',
  'at_custom3',
  'at_custom4',
  'ito',
  'spm',
  'ref_src',
]);
const trackingPrefixes = ['utm_', 'pk_', 'mtm_', 'hmsr'];

function isTracking(key: string): boolean {
  const lower = key.toLowerCase();
  return trackingParams.has(lower) || trackingPrefixes.some((p) => lower.startsWith(p));
}

function asHttpUrl(candidate: string | null | undefined): URL | null {
  if (!candidate) return null;
  try {
    const url = new URL(candidate);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

function decodeBingTarget(u: string): string | null {
  // Bing's /ck/a links carry the target as "a1" + base64url.
  if (!u.startsWith('a1')) return u;
  try {
    return Buffer.from(u.slice(2), 'base64url').toString('utf8');
  } catch {
    return null;
  }
}

/** The article a news-search or social redirect points to, when the target is in the URL itself. */
function unwrapRedirect(url: URL): URL | null {
  const host = url.hostname.replace(/^www\./, '');
  const q = url.searchParams;
  const path = url.pathname;
  if (/^(news\.)?google\.[a-z.]+$/.test(host) && (path === '/url' || path === '/news/url' || path === '/news/story')) {
    return asHttpUrl(q.get('url')) ?? asHttpUrl(q.get('q'));
  }
  if (/^(news\.)?bing\.com$/.test(host)) {
    if (/^\/news\/apiclick\.aspx$/i.test(path) || /^\/news\/click\.aspx$/i.test(path)) return asHttpUrl(q.get('url'));
    if (path === '/ck/a') return asHttpUrl(decodeBingTarget(q.get('u') ?? ''));
  }
  if ((host === 'l.facebook.com' || host === 'lm.facebook.com') && path === '/l.php') return asHttpUrl(q.get('u'));
  if (host === 'duckduckgo.com' && path === '/l/') return asHttpUrl(q.get('uddg'));
  if (host === 'r.search.yahoo.com') {
    const ru = /\/RU=([^/]+)\//.exec(path);
    return ru ? asHttpUrl(decodeURIComponent(ru[1]!)) : null;
  }
  if (/^(out\.)?reddit\.com$/.test(host) && q.has('url')) return asHttpUrl(q.get('url'));
  if (host === 'news.naver.com' && path === '/main/tool/redirect.naver') return asHttpUrl(q.get('url'));
  return null;
}

/**
 * The longest address kept (browsers and most servers stop near here). Article addresses are unique
 * keys, and Postgres cannot index a value much past 2.7 KB: a longer link fails its insert.
 */
export const MAX_URL_LENGTH = 2048;

/**
 * A canonical form of an article URL for de-duplication: relative URLs resolved, redirect wrappers
 * of news searches unwrapped where the target is in the URL (Google, Bing, Facebook, Yahoo, ...),
 * tracking parameters and the fragment dropped, host lower-cased without a trailing dot, default
 * port dropped and remaining parameters sorted. Non-http(s) URLs come back only resolved.
 * Throws TypeError when the URL cannot be parsed, RangeError when it is longer than MAX_URL_LENGTH.
 */
export function canonicalizeUrl(url: string, base?: string): string {
  const href = canonicalHref(url, base);
  if (href.length > MAX_URL_LENGTH) throw new RangeError(`URL longer than ${MAX_URL_LENGTH} characters (${href.length})`);
  return href;
}

function canonicalHref(url: string, base?: string): string {
  let parsed = new URL(url.trim(), base);
  for (let depth = 0; depth < 3; depth++) {
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return parsed.href;
    const target = unwrapRedirect(parsed);
    if (!target) break;
    parsed = target;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return parsed.href;
  parsed.hash = '';
  if (parsed.hostname.endsWith('.')) parsed.hostname = parsed.hostname.slice(0, -1);
  // Raw pairs, not URLSearchParams: re-encoding would turn "?123" into "?123=" and %20 into "+".
  const pairs = parsed.search
    .slice(1)
    .split('&')
    .filter((pair) => pair !== '')
    .map((pair) => ({ pair, key: safeDecode(pair.split('=', 1)[0]!) }))
    .filter(({ key }) => !isTracking(key));
  // Sorting is stable, so repeated keys keep their relative order (it can matter to the server).
  pairs.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  parsed.search = pairs.map(({ pair }) => pair).join('&');
  return parsed.href;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
}
