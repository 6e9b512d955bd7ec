import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../src/index.ts';

/**
 * The samples show kinds of noise; real dumps carry other variants of each. Each sample is cleaned
 * again with one more piece of furniture set above the story, between its paragraphs or under it,
 * in the spellings of other sites and languages: the story, its title and its captions must come
 * out as before.
 */
const dir = path.resolve(import.meta.dirname, '../../../test/fixtures/samples');
const ids = readdirSync(dir)
  .filter((f) => f.endsWith('.expected.json'))
  .map((f) => f.slice(0, -'.expected.json'.length))
  .sort();

const ABOVE: string[][] = [
  ['Home | World | Asia | Korea'], ['홈 > 정치 > 북한'], ['首页 > 国际 > 亚洲'], ['Share on Facebook', 'Share on Twitter'], ['Print this article'],
  ['Font size: A A A'], ['Subscribe to our newsletter'], ['Views: 1,234'], ['Skip to main content'], ['Menu', 'Search'],
  ['Sign in | Register'], ['Listen to this article'], ['글자크기 가 가 가'], ['【字体：大 中 小】打印本页 关闭窗口'], ['Accept cookies'],
  ['Advertisement'], ['Most Popular'], ['Top Stories'], ['Войти | Регистрация'], ['Reading time: 3 min'], ['기사를 읽어드립니다', '0:00 / 3:12'], ['Listen to article 3 min'],
  ['(ATTN: ADDS details in paras 3-5)'], ['(Adds comment from foreign ministry in paragraph 5)'], ['skip past newsletter promotion'],
];
const BETWEEN: string[][] = [
  ['Advertisement'], ['ADVERTISEMENT'], ['Related: China urges restraint on peninsula'], ['Read more: Seoul hails talks progress'], ['[Photo: Xinhua]'],
  ['Scroll to continue with content'], ['Story continues below advertisement'], ['광고'], ['广告'], ['Continue reading the main story'],
  ['RELATED STORIES'], ['Sponsored content'], ['(adsbygoogle = window.adsbygoogle || []).push({});'], ['Recommended'], ['Watch: North Korea fires missile (video)'],
];
const BELOW: string[][] = [
  ['Tags: DPRK, sanctions, UN'], ['Related Articles', 'China urges restraint on peninsula', 'Seoul hails talks progress'], ['Copyright © 2018 China Daily. All rights reserved.'],
  ['Click here to download our app'], ['buy cheap viagra online casino bonus best price'], ['Comments (0)'], ['Back to top'], ['责任编辑：王晓'], ['【纠错】 【打印】【关闭】'],
  ['Share this article', 'Facebook Twitter WhatsApp Email'], ['Follow us on Twitter @ChinaDaily'], ['Read more: China, Russia urge calm'], ['Like this story? Share it!'],
  ['Loading comments...'], ['관련기사', '北, 또 미사일 발사'], ['Most Read', '1. BTS to return in 2026', '2. Won hits 15-year low', '3. Typhoon hits Guangdong', '4. New rail line opens'],
  ['많이 본 뉴스', '1 北, 또 미사일 발사', '2 환율 15년 만에 최고', '3 오늘의 날씨', '4 주가 하락 마감'], ['Previous article', 'Next article'], ['Report an error'], ['(END)'], ['Newsletter', 'Get the latest news in your inbox'],
];

interface Expected {
  title: string | null;
  captions: string[];
  paragraphs: string[];
}

const now = new Date('2025-01-01T00:00:00Z');

describe('customer samples with other furniture around them', () => {
  for (const id of ids) {
    const expected = JSON.parse(readFileSync(path.join(dir, `${id}.expected.json`), 'utf8')) as Expected;
    const lines = readFileSync(path.join(dir, `${id}.txt`), 'utf8').split('\n');
    // Above the story means under a dump's header fields, which must stay first.
    const headerEnd = lines.findIndex((line) => !/^(?:TITLE|LINK|URL|DATE|SOURCE):/.test(line));
    // Between two of the story's paragraphs: after the second long line.
    const afterSecond = lines.map((line, i) => [line, i] as const).filter(([line, i]) => i >= headerEnd && line.length > 80)[1]?.[1];
    const variants: [string, string[]][] = [
      ...ABOVE.map((noise): [string, string[]] => [`above: ${noise[0]}`, [...lines.slice(0, headerEnd), ...noise, ...lines.slice(headerEnd)]]),
      ...(afterSecond === undefined ? [] : BETWEEN.map((noise): [string, string[]] => [`between: ${noise[0]}`, [...lines.slice(0, afterSecond + 1), ...noise, ...lines.slice(afterSecond + 1)]])),
      ...BELOW.map((noise): [string, string[]] => [`below: ${noise[0]}`, [...lines, '', ...noise]]),
    ];
    it(`${id}: ${variants.length} variants`, () => {
      for (const [label, variant] of variants) {
        const article = cleanArticle({ text: variant.join('\n'), now });
        expect({ title: article.title, captions: article.captions, paragraphs: article.paragraphs }, label).toEqual({
          title: expected.title,
          captions: expected.captions,
          paragraphs: expected.paragraphs,
        });
      }
    });
  }
});
