import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';

export type HealthCheck = () => Promise<void>;

export interface OpsServerOptions {
  host: string;
  port: number;
  log: Logger;
  registry: Registry;
  /** Named checks; /healthz answers 503 when any throws. */
  checks: Record<string, HealthCheck>;
  /** Runs before each /metrics scrape (e.g. reading queue depths). */
  beforeScrape?: () => Promise<void>;
  /** True once shutdown began: /healthz answers 503 so balancers stop sending work. */
  isShuttingDown?: () => boolean;
}

export interface OpsServer {
  server: Server;
  port: number;
  close(): Promise<void>;
}

const checkTimeoutMs = 2000;

async function runCheck(check: HealthCheck): Promise<string> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      check(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${checkTimeoutMs} ms`)), checkTimeoutMs);
      }),
    ]);
    return 'ok';
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    clearTimeout(timer);
  }
}

/** Serves /healthz (JSON) and /metrics (Prometheus text) for one process. */
export async function startOpsServer(options: OpsServerOptions): Promise<OpsServer> {
  const { log, registry } = options;
  const server = createServer((request, response) => {
    const url = request.url?.split('?')[0];
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    if (url === '/healthz') {
      void (async () => {
        const names = Object.keys(options.checks);
        const results = await Promise.all(names.map((name) => runCheck(options.checks[name]!)));
        const checks = Object.fromEntries(names.map((name, index) => [name, results[index]]));
        const stopping = options.isShuttingDown?.() ?? false;
        const healthy = !stopping && results.every((result) => result === 'ok');
        response
          .writeHead(healthy ? 200 : 503, { 'content-type': 'application/json' })
          .end(JSON.stringify({ status: stopping ? 'stopping' : healthy ? 'ok' : 'failing', checks }));
      })();
      return;
    }
    if (url === '/metrics') {
      void (async () => {
        try {
          await options.beforeScrape?.();
        } catch (error) {
          log.warn({ err: error }, 'metrics pre-scrape failed');
        }
        response.writeHead(200, { 'content-type': registry.contentType }).end(await registry.metrics());
      })();
      return;
    }
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not found: try /healthz or /metrics\n');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  log.info({ host: options.host, port }, 'health and metrics endpoints listening');
  return {
    server,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
