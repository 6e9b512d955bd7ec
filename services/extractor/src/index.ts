export { createExtractor } from './service.ts';
export { extractorConfigShape, type ExtractorConfig } from './config.ts';
export { extractArticle } from './jobs/extract-article.ts';
