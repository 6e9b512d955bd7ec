import type { DocumentEntities } from './entities.ts';

const peninsulaIds = new Set([
  'place:korean-peninsula', 'place:dmz', 'place:panmunjom', 'place:northern-limit-line', 'org:six-party-talks', 'org:un-command',
]);
const titlePattern = /Korea|Pyongyang|Seoul|DPRK|\bROK\b|Kim Jong|Kim Yo|Panmunjom|Yongbyon|peninsula|denucleari[sz]|북한|한국|조선|한반도|朝鲜|韩国|韓国|北朝鮮/i;
const textPattern = /Korea|peninsula|denucleari[sz]|북한|한국|조선|朝鲜|韩国/gi;

function isPeninsula(country: string | null, id: string): boolean {
  return country === 'PRK' || country === 'KOR' || peninsulaIds.has(id);
}

/**
 * 0..1: a headline about Korea counts most; then how dense and how dominant peninsula actors,
 * places and words are among all names in the text. Saturating, so a long article is not
 * penalised for also naming other countries.
 */
export function relevanceScore(title: string | null, titleDoc: DocumentEntities | null, doc: DocumentEntities, text: string, wordCount: number): number {
  let korean = 0;
  let all = 0;
  for (const mention of doc.mentions) {
    // A plural demonym is counted once, as the demonym below.
    if (mention.entity.kind === 'group' && mention.entity.country) continue;
    all += 1;
    if (isPeninsula(mention.entity.country, mention.entity.id)) korean += 1;
  }
  for (const adjective of doc.adjectives) {
    all += 1;
    if (adjective.country === 'PRK' || adjective.country === 'KOR') korean += 1;
  }
  const words = (text.match(textPattern)?.length ?? 0);
  const titleHit = (title && titlePattern.test(title)) || titleDoc?.mentions.some((m) => isPeninsula(m.entity.country, m.entity.id));
  const per100 = (korean + words * 0.5) / Math.max(1, wordCount / 100);
  const density = 1 - Math.exp(-per100 / 1.5);
  const share = all > 0 ? korean / all : 0;
  const score = 1 - (1 - (titleHit ? 0.5 : 0)) * (1 - 0.7 * density) * (1 - 0.5 * share);
  return Math.round(Math.min(1, Math.max(0, score)) * 1000) / 1000;
}
