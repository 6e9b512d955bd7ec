export { cleanArticle } from './clean.ts';
export { decodeHtmlBytes, decodeTextBytes } from './charset.ts';
export { contentHash, hammingDistance, simhash } from './hash.ts';
export { CLEANER_VERSION } from './version.ts';
export type { CleanedArticle, CleanInput, Dateline, RemovedBlock } from './types.ts';
export { primeCleaner } from './prime.ts';
