export * from './config.ts';
export * from './logger.ts';
export * from './clock.ts';
export * from './metrics.ts';
export * from './http-server.ts';
export * from './shutdown.ts';
