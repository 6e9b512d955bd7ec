import type { ParsedDate } from './dates.ts';
import type { RemovedBlock } from './types.ts';

/** What a source-specific cleaner (text dump or HTML) finds, before the shared finishing steps. */
export interface Extraction {
  title: string | null;
  url: string | null;
  date: ParsedDate | null;
  /** The source's offset from UTC in minutes, where its address, an outlet it names or its script fixes one. */
  offset: number | null;
  author: string | null;
  siteName: string | null;
  language: string | null;
  paragraphs: string[];
  captions: string[];
  removed: RemovedBlock[];
  /** Whether to look for a dateline at the start of the lead paragraph. */
  findDateline: boolean;
}
