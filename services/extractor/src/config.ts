import { z } from 'zod';

export const extractorConfigShape = {
  EXTRACTOR_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(2),
};
export type ExtractorConfig = z.infer<z.ZodObject<typeof extractorConfigShape>>;
