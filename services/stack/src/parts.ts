import type { z } from 'zod';
import { alerterConfigShape, createAlerter } from '@pwatch/alerter';
import { createExtractor, extractorConfigShape } from '@pwatch/extractor-service';
import { createFetcher, fetcherConfigShape, type FetcherConfig } from '@pwatch/fetcher';
import { createParser, parserConfigShape } from '@pwatch/parser';
import type { ProcessDeps, ServicePart } from '@pwatch/service-kit';

/** Every service's variables: the all-in-one process reads them all. */
export const stackConfigShape = { ...fetcherConfigShape, ...parserConfigShape, ...extractorConfigShape, ...alerterConfigShape };
export type StackConfig = z.infer<z.ZodObject<typeof stackConfigShape>>;

/** Fetcher, parser, extractor and alerter in one process (the pipeline's stages still talk through queues). */
export async function createAllParts(deps: ProcessDeps, config: StackConfig, http?: Parameters<typeof createFetcher>[2]): Promise<ServicePart[]> {
  return [
    await createFetcher(deps, config as FetcherConfig, http),
    createParser(deps, config),
    createExtractor(deps, config),
    await createAlerter(deps, config),
  ];
}
