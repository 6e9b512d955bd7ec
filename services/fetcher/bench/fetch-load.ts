// pnpm bench:fetch-load [--feeds 10000] [--minutes 6] [--interval 300] [--hosts 500] [--concurrency 32] [--node-options …]
//
// One real fetcher process (spawned with the start:fetcher script, its own QUEUE_PREFIX and a
// scratch database migrated here) polls N feeds served on loopback — a mix of 200, 304, slow,
// erroring and 429 answers — at fixed 5-minute intervals, with the per-host limiter on (feeds are
// spread over many servers, each on its own loopback address in 127.0.0.0/8: the limiter's key is
// the host name, so each address is one publisher). Reports polls/s sustained, lag behind schedule
// (feed_polls started_at − scheduled_at) and the fetcher's peak RSS (VmHWM). Everything is removed
// after.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Redis } from 'ioredis';
import { deleteKeysMatching } from '@pwatch/queue';
import pg from 'pg';
import { createDb } from '@pwatch/db';
import { applyMigrations } from '@pwatch/db/migrate';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const { values } = parseArgs({
  options: {
    feeds: { type: 'string', default: '10000' },
    minutes: { type: 'string', default: '6' },
    // NODE_OPTIONS for the fetcher, for diagnostics only (e.g. --node-options=--heapsnapshot-signal=SIGUSR2):
    // the fetcher itself is started by the start:fetcher script, with the flags production uses.
    'node-options': { type: 'string', default: '' },
    interval: { type: 'string', default: '300' },
    hosts: { type: 'string', default: '500' },
    concurrency: { type: 'string', default: '32' },
  },
});
const feedCount = Math.min(50_000, Math.max(1, Number(values.feeds)));
const minutes = Math.min(60, Math.max(1, Number(values.minutes)));
const intervalSeconds = Math.max(60, Number(values.interval));
const hostCount = Math.min(2_000, Math.max(1, Number(values.hosts)));
const concurrency = Math.min(500, Math.max(1, Number(values.concurrency)));
const adminUrl = process.env.BENCH_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const tag = randomBytes(4).toString('hex');
const dbName = `pwatch_bench_${tag}`;
const prefix = `pwatch-bench-${tag}`;

/** What feed i answers: 65% conditional 304/200, 15% always new, 5% slow, 5% flaky 500, 5% flaky 429, 5% same bytes. */
type Kind = 'etag' | 'fresh' | 'slow' | 'error' | 'throttle' | 'static';
function kindOf(index: number): Kind {
  const slot = index % 20;
  if (slot < 13) return 'etag';
  if (slot < 16) return 'fresh';
  return (['slow', 'error', 'throttle', 'static'] as const)[slot - 16]!;
}

const rss = (index: number, generation: number) => {
  const items = Array.from({ length: 10 }, (_, k) => {
    const n = generation - k;
    return `<item><guid>f${index}-${n}</guid><title>Weather report ${n} for region ${index}</title><link>http://127.0.0.1:9/a/${index}/${n}</link><description>Sunny spells.</description></item>`;
  }).join('');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Bench feed ${index}</title><link>http://127.0.0.1/</link>${items}</channel></rss>`;
};

async function main() {
  const started = Date.now();
  const hardDeadline = started + (minutes + 3) * 60_000;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  const dbUrl = new URL(adminUrl);
  dbUrl.pathname = `/${dbName}`;
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: null });
  const servers: Server[] = [];
  let child: ReturnType<typeof spawn> | undefined;
  const db = createDb(dbUrl.href, { maxConnections: 2 });
  let requests = 0;
  const statuses = new Map<number, number>();
  try {
    await applyMigrations(dbUrl.href, root);

    const requestCounts = new Uint32Array(feedCount);
    const handler: Parameters<typeof createServer>[1] = (request, response) => {
      requests += 1;
      const index = Number(/^\/feed\/(\d+)\.xml$/.exec(request.url ?? '')?.[1] ?? -1);
      if (!(index >= 0 && index < feedCount)) return void response.writeHead(404).end();
      const count = ++requestCounts[index]!;
      const send = (status: number, headers: Record<string, string> = {}, body?: string) => {
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        response.writeHead(status, { 'content-type': 'application/rss+xml', ...headers }).end(body);
      };
      switch (kindOf(index)) {
        case 'etag': {
          const generation = Math.floor(count / 4);
          if (request.headers['if-none-match'] === `"${generation}"`) return send(304);
          return send(200, { etag: `"${generation}"` }, rss(index, generation));
        }
        case 'fresh':
          return send(200, {}, rss(index, count));
        case 'slow':
          return void setTimeout(() => send(200, {}, rss(index, 0)), 3_000);
        case 'error':
          return count % 2 ? send(500, {}, 'boom') : send(200, {}, rss(index, count));
        case 'throttle':
          return count % 2 ? send(429, { 'retry-after': '60' }, 'slow down') : send(200, {}, rss(index, count));
        case 'static':
          return send(200, {}, rss(index, 0));
      }
    };
    // Server i listens on 127.1.x.y (Linux answers on all of 127.0.0.0/8), a host of its own.
    const origins: string[] = [];
    for (let i = 0; i < hostCount; i++) {
      const server = createServer({ keepAlive: false }, handler);
      const address = `127.1.${Math.floor(i / 250)}.${1 + (i % 250)}`;
      await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, address, resolve));
      servers.push(server);
      origins.push(`http://${address}:${(server.address() as { port: number }).port}`);
    }

    const rows = Array.from({ length: feedCount }, (_, index) => ({
      url: `${origins[index % hostCount]}/feed/${index}.xml`,
      minIntervalSeconds: intervalSeconds,
      maxIntervalSeconds: intervalSeconds,
      intervalSeconds,
    }));
    for (let i = 0; i < rows.length; i += 2_000) await db.feed.createMany({ data: rows.slice(i, i + 2_000) });
    console.log(`${feedCount} feeds on ${hostCount} loopback hosts, every ${intervalSeconds} s, for ${minutes} min; fetcher FEED_CONCURRENCY=${concurrency}`);

    const runStart = Date.now();
    // Exactly what `pnpm start:fetcher` runs (its script execs Node, so the child is the fetcher).
    const packageJson = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    const startCommand = packageJson.scripts['start:fetcher']!;
    console.log(`fetcher started as: ${startCommand}${values['node-options'] ? ` (NODE_OPTIONS=${values['node-options']})` : ''}`);
    child = spawn('/bin/sh', ['-c', startCommand], {
      cwd: root,
      env: {
        // The start script finds Node on the PATH, as under pnpm (node_modules/.bin first).
        PATH: [path.join(root, 'node_modules/.bin'), process.env.PATH].join(path.delimiter),
        ...(values['node-options'] ? { NODE_OPTIONS: values['node-options'] } : {}),
        DATABASE_URL: dbUrl.href,
        REDIS_URL: redisUrl,
        QUEUE_PREFIX: prefix,
        HTTP_PORT: 'off',
        LOG_LEVEL: 'warn',
        FETCH_ALLOW_PRIVATE: '127.0.0.0/8',
        FETCH_HOST_LIMIT_LOOPBACK: 'true',
        FEED_CONCURRENCY: String(concurrency),
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr!.on('data', (chunk) => (stderr = (stderr + String(chunk)).slice(-4_000)));
    const exited = new Promise<number | null>((resolve) => child!.on('exit', (code) => resolve(code)));

    let peakKb = 0;
    let lastRssKb = 0;
    const sample = async () => {
      try {
        const status = await readFile(`/proc/${child!.pid}/status`, 'utf8');
        peakKb = Math.max(peakKb, Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0));
        lastRssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      } catch {
        // The process has exited.
      }
    };
    const endAt = Math.min(runStart + minutes * 60_000, hardDeadline);
    let lastRequests = 0;
    while (Date.now() < endAt) {
      await new Promise((resolve) => setTimeout(resolve, 15_000));
      await sample();
      const polls = await db.feedPoll.count();
      console.log(
        `  ${Math.round((Date.now() - runStart) / 1000)} s: ${((requests - lastRequests) / 15).toFixed(1)} requests/s, ${polls} polls recorded, RSS ${(lastRssKb / 1024).toFixed(0)} MB`,
      );
      lastRequests = requests;
      if (child.exitCode !== null) throw new Error(`the fetcher exited early (${child.exitCode}):\n${stderr}`);
    }
    await sample();
    child.kill('SIGTERM');
    const timer = setTimeout(() => child?.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);

    // Sustained: after the first minute (schedulers created, first polls spread over the interval).
    const from = new Date(runStart + 60_000);
    const to = new Date(endAt);
    const stats = await db.$queryRaw<Array<{ polls: bigint; p50: number | null; p95: number | null; max: number | null; failed: bigint }>>`
      SELECT count(*) AS polls,
             count(*) FILTER (WHERE error IS NOT NULL) AS failed,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM started_at - scheduled_at)) AS p50,
             percentile_cont(0.95) WITHIN GROUP (ORDER BY extract(epoch FROM started_at - scheduled_at)) AS p95,
             max(extract(epoch FROM started_at - scheduled_at)) AS max
      FROM feed_polls WHERE started_at >= ${from} AND started_at < ${to} AND scheduled_at IS NOT NULL`;
    const row = stats[0]!;
    const seconds = (to.getTime() - from.getTime()) / 1000;
    const pollsPerSecond = Number(row.polls) / seconds;
    const offered = feedCount / intervalSeconds;
    console.log('');
    console.log(`fetch-load: ${feedCount} feeds every ${intervalSeconds} s (${offered.toFixed(1)} polls/s scheduled) from one fetcher process`);
    console.log(`  polls/s sustained   ${pollsPerSecond.toFixed(1)} (${row.polls} polls in ${Math.round(seconds)} s after the first minute; ${row.failed} failed by design)`);
    console.log(`  lag behind schedule p50 ${Number(row.p50 ?? 0).toFixed(2)} s, p95 ${Number(row.p95 ?? 0).toFixed(2)} s, max ${Number(row.max ?? 0).toFixed(1)} s`);
    console.log(`  fetcher peak RSS    ${(peakKb / 1024).toFixed(0)} MB (VmHWM)`);
    console.log(`  server answers      ${[...statuses].sort().map(([status, n]) => `${status}: ${n}`).join(', ')}`);
    console.log(
      `  goals               ${pollsPerSecond >= offered * 0.9 ? 'met' : 'MISSED'}: ${offered.toFixed(1)} polls/s; ` +
        `${Number(row.p95 ?? Infinity) < 30 ? 'met' : 'MISSED'}: p95 lag < 30 s; ${peakKb / 1024 < 256 ? 'met' : 'MISSED'}: < 256 MB`,
    );
    if (pollsPerSecond < offered * 0.9) {
      console.log('  (failing and throttled feeds back off by design, so fewer polls than scheduled are expected from them)');
    }
  } finally {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    for (const server of servers) {
      server.closeAllConnections();
      server.close();
    }
    await db.$disconnect();
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
    await deleteKeysMatching(redis, `${prefix}:*`);
    await redis.quit();
  }
}

await main();
