import type { SubscriptionInput } from '@pwatch/db';

/** What a fresh install (and the demo) alerts on: anything about the peninsula, in a daily digest. */
export const DEFAULT_SUBSCRIPTION: SubscriptionInput = {
  name: 'Korean Peninsula: everything',
  rule: 'relevance>=0.3 OR entity:PRK OR entity:KOR OR "Korean Peninsula"',
  cadence: 'daily 08:00 Asia/Seoul',
  breaking: true,
  enabled: true,
  channels: [],
};
