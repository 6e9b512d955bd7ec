export * from './deps.ts';
export * from './host.ts';
