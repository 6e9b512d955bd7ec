export { createParser } from './service.ts';
export { parserConfigShape, type ParserConfig } from './config.ts';
export { parseArticle, cleanInputFor } from './jobs/parse-article.ts';
