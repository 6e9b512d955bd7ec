export * from './rule.ts';
export * from './match.ts';
export * from './stories.ts';
export * from './cadence.ts';
export * from './subscriptions.ts';
export * from './signature.ts';
export * from './digest.ts';
