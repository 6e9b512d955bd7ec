import { describe, expect, it } from 'vitest';
import { createLogger, createShutdown } from '@pwatch/runtime';
import { memoryLogStream } from '../../../test/support/logs.ts';

describe('shutdown', () => {
  it('runs steps once, in order, and goes on past a step that hangs', async () => {
    const { stream, lines } = memoryLogStream();
    const log = createLogger({ level: 'info', service: 'test', destination: stream });
    const shutdown = createShutdown(log, 400, () => {});
    const order: string[] = [];
    shutdown.add('stop intake', async () => void order.push('intake'));
    shutdown.add('hang', () => new Promise(() => {}));
    shutdown.add('close', async () => void order.push('close'));
    const started = Date.now();
    await Promise.all([shutdown.run('test'), shutdown.run('again')]);
    expect(order).toEqual(['intake', 'close']);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(shutdown.isShuttingDown()).toBe(true);
    expect(lines.some((line) => line.step === 'hang' && line.msg === 'shutdown step failed')).toBe(true);
  });
});
