import { z } from 'zod';

export const parserConfigShape = {
  PARSER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(2),
};
export type ParserConfig = z.infer<z.ZodObject<typeof parserConfigShape>>;
