import { describe, expect, it } from 'vitest';
import { parseRobots, productToken, robotsAllows, robotsCrawlDelay } from '../src/index.ts';

const ua = 'PeninsulaWatch/0.1 (+https://example.org/contact)';

describe('robots.txt', () => {
  const robots = parseRobots(
    [
      '\uFEFFUser-agent: *',
      'Disallow: /private/',
      'Allow: /private/open/',
      'Disallow: /*.pdf$',
      'Disallow: /search?',
      'Crawl-delay: 2',
      '',
      '# a group for another crawler',
      'User-agent: OtherBot',
      'Disallow: /',
      '',
      'Sitemap: https://example.org/sitemap.xml',
    ].join('\r\n'),
  );

  it.each([
    ['/', true],
    ['/news/2026/11/story', true],
    ['/private/', false],
    ['/private/x', false],
    ['/private/open/x', true],
    ['/files/report.pdf', false],
    ['/files/report.pdf?download=1', true],
    ['/search?q=dprk', false],
    ['/search', true],
    ['/robots.txt', true],
  ])('%s → %s for the * group', (path, allowed) => {
    expect(robotsAllows(robots, ua, path)).toBe(allowed);
  });

  it('applies a group naming the product token instead of *, case-insensitively', () => {
    const named = parseRobots('User-agent: *\nDisallow: /\n\nUser-agent: peninsulawatch\nUser-agent: other\nDisallow: /drafts\n');
    expect(productToken(ua)).toBe('peninsulawatch');
    expect(robotsAllows(named, ua, '/news/1')).toBe(true);
    expect(robotsAllows(named, ua, '/drafts/1')).toBe(false);
    expect(robotsAllows(named, 'SomethingElse/1.0', '/news/1')).toBe(false);
    expect(robotsAllows(robots, 'OtherBot/2', '/news')).toBe(false);
  });

  it('lets the longest match win, and allow win a tie', () => {
    const tie = parseRobots('User-agent: *\nDisallow: /page\nAllow: /page\nDisallow: /a/b\nAllow: /a\n');
    expect(robotsAllows(tie, ua, '/page')).toBe(true);
    expect(robotsAllows(tie, ua, '/a/b/c')).toBe(false);
    expect(robotsAllows(tie, ua, '/a/c')).toBe(true);
  });

  it('treats an empty Disallow, an empty file and unknown lines as allowing everything', () => {
    expect(robotsAllows(parseRobots('User-agent: *\nDisallow:\n'), ua, '/x')).toBe(true);
    expect(robotsAllows(parseRobots(''), ua, '/x')).toBe(true);
    expect(robotsAllows(parseRobots('<html>not robots</html>\nfoo bar'), ua, '/x')).toBe(true);
  });

  it('compares percent-encoded and raw paths alike', () => {
    const encoded = parseRobots('User-agent: *\nDisallow: /%EB%B6%81%ED%95%9C/\nDisallow: /a%2fb\n');
    expect(robotsAllows(encoded, ua, '/%eb%b6%81%ed%95%9c/1')).toBe(false);
    expect(robotsAllows(encoded, ua, '/a%2Fb')).toBe(false);
  });

  it('reads Crawl-delay and sitemaps', () => {
    expect(robotsCrawlDelay(robots, ua)).toBe(2);
    expect(robotsCrawlDelay(robots, 'OtherBot')).toBeNull();
    expect(robots.sitemaps).toEqual(['https://example.org/sitemap.xml']);
  });
});
