// robots.txt (RFC 9309): parse once, then answer "may this user agent fetch this path?".

export interface RobotsRule {
  allow: boolean;
  /** The path pattern as written (percent-encoding normalised): `*` any run, trailing `$` end. */
  pattern: string;
}

interface RobotsGroup {
  agents: string[];
  rules: RobotsRule[];
  crawlDelaySeconds: number | null;
}

export interface Robots {
  groups: RobotsGroup[];
  sitemaps: string[];
}

/** RFC 9309 asks parsers to read at least 500 KiB; more than that is ignored. */
export const ROBOTS_MAX_BYTES = 500 * 1024;

/** Parses robots.txt text leniently: unknown lines are skipped, nothing throws. */
export function parseRobots(text: string): Robots {
  const groups: RobotsGroup[] = [];
  const sitemaps: string[] = [];
  let current: RobotsGroup | null = null;
  // Consecutive user-agent lines open one group; a rule after them closes the agent list.
  let collectingAgents = false;
  const body = text.length > ROBOTS_MAX_BYTES ? text.slice(0, ROBOTS_MAX_BYTES) : text;
  for (const rawLine of body.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)) {
    const line = rawLine.replace(/#.*$/, '').trim();
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const key = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (key === 'user-agent') {
      if (!collectingAgents || !current) {
        current = { agents: [], rules: [], crawlDelaySeconds: null };
        groups.push(current);
        collectingAgents = true;
      }
      current.agents.push(value.toLowerCase());
      continue;
    }
    if (key === 'sitemap') {
      if (value) sitemaps.push(value);
      continue;
    }
    collectingAgents = false;
    if (!current) continue;
    if (key === 'allow' || key === 'disallow') {
      // "Disallow:" with no path allows everything: it is no rule at all.
      if (value) current.rules.push({ allow: key === 'allow', pattern: normalizePath(value) });
    } else if (key === 'crawl-delay') {
      const seconds = Number(value);
      if (Number.isFinite(seconds) && seconds >= 0) current.crawlDelaySeconds = seconds;
    }
  }
  return { groups, sitemaps };
}

/** Upper-case percent escapes and escape what a URL would, so "/a%2fb" and "/a%2Fb" compare equal. */
function normalizePath(path: string): string {
  let out = '';
  for (let i = 0; i < path.length; i++) {
    const char = path[i]!;
    if (char === '%' && /^[0-9a-fA-F]{2}$/.test(path.slice(i + 1, i + 3))) {
      out += `%${path.slice(i + 1, i + 3).toUpperCase()}`;
      i += 2;
    } else if (char.charCodeAt(0) > 0x7e || char === ' ') {
      out += encodeURIComponent(char);
    } else {
      out += char;
    }
  }
  return out;
}

/** The product token of a User-Agent: "PeninsulaWatch/0.1 (+https://…)" → "peninsulawatch". */
export function productToken(userAgent: string): string {
  return (/^[A-Za-z_-]+/.exec(userAgent.trim())?.[0] ?? userAgent).toLowerCase();
}

/** The groups that apply to an agent: every group naming its product token, else the `*` groups. */
function groupsFor(robots: Robots, userAgent: string): RobotsGroup[] {
  const token = productToken(userAgent);
  const named = robots.groups.filter((group) => group.agents.some((agent) => agent !== '*' && agent === token));
  return named.length ? named : robots.groups.filter((group) => group.agents.includes('*'));
}

function matches(pattern: string, path: string): boolean {
  const anchored = pattern.endsWith('$');
  const body = anchored ? pattern.slice(0, -1) : pattern;
  const parts = body.split('*');
  if (!path.startsWith(parts[0]!)) return false;
  let position = parts[0]!.length;
  for (let i = 1; i < parts.length; i++) {
    const part = parts[i]!;
    // The last part of an anchored pattern must sit at the very end.
    if (anchored && i === parts.length - 1) {
      return path.length - part.length >= position && path.endsWith(part);
    }
    const found = path.indexOf(part, position);
    if (found < 0) return false;
    position = found + part.length;
  }
  return anchored ? position === path.length : true;
}

/**
 * Whether `userAgent` may fetch `pathAndQuery` ("/news/1?x=2"): the longest matching rule wins, an
 * allow winning a tie; no matching rule allows. /robots.txt itself is always allowed.
 */
export function robotsAllows(robots: Robots, userAgent: string, pathAndQuery: string): boolean {
  const path = normalizePath(pathAndQuery || '/');
  if (path === '/robots.txt') return true;
  let best: RobotsRule | null = null;
  let bestLength = -1;
  for (const group of groupsFor(robots, userAgent)) {
    for (const rule of group.rules) {
      if (!matches(rule.pattern, path)) continue;
      const length = rule.pattern.length;
      if (length > bestLength || (length === bestLength && rule.allow && !best!.allow)) {
        best = rule;
        bestLength = length;
      }
    }
  }
  return best === null || best.allow;
}

/** Crawl-delay for an agent (not in RFC 9309, but widely set): the largest its groups give. */
export function robotsCrawlDelay(robots: Robots, userAgent: string): number | null {
  let delay: number | null = null;
  for (const group of groupsFor(robots, userAgent)) {
    if (group.crawlDelaySeconds !== null) delay = Math.max(delay ?? 0, group.crawlDelaySeconds);
  }
  return delay;
}
