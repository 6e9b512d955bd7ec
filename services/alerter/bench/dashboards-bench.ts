// pnpm bench:dashboards — the reporting views' 30-day queries at a million articles.
// Creates a scratch database, applies the migrations, generates 1,000,000 articles over a year
// (6 mentions, 2 quotes, 1 event and 1 feed item each) with generate_series, runs each dashboard
// query under EXPLAIN ANALYZE three times and prints the best and worst, then drops the database.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { applyMigrations } from '@pwatch/db/migrate';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const adminUrl = process.env.BENCH_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const articles = Number(process.env.BENCH_ARTICLES ?? 1_000_000);
const name = `pwatch_bench_${randomBytes(4).toString('hex')}`;
const url = new URL(adminUrl);
url.pathname = `/${name}`;

const generate = [
  `INSERT INTO entities (id, name, type, country, updated_at)
   SELECT 'person:p' || g, 'Person ' || g, (ARRAY['person','organization','country','place'])[1 + g % 4],
          (ARRAY['PRK','KOR','CHN','USA','JPN','RUS'])[1 + g % 6], now()
   FROM generate_series(1, 2000) g`,
  `INSERT INTO feeds (url, title, updated_at) SELECT 'https://feed' || g || '.example/rss', 'Feed ' || g, now() FROM generate_series(1, 200) g`,
  // Triggers off while generating: published_day is written directly (the triggers would look it up per row).
  `SET session_replication_role = replica`,
  `INSERT INTO articles (url, status, title, site_name, language, published_at, created_at, fetched_at, parsed_at, extracted_at,
                         relevance, topics, updated_at, published_day)
   SELECT 'https://site' || (g % 200) || '.example/a/' || g, 'extracted', 'Article ' || g, 'site' || (g % 200) || '.example',
          (ARRAY['en','ko','zh','ja','ru'])[1 + g % 5], t, t + interval '5 minutes', t + interval '6 minutes', t + interval '7 minutes',
          t + interval '8 minutes' + (g % 600) * interval '1 second', (g % 100) / 100.0, ARRAY['sanctions'], now(), (t AT TIME ZONE 'UTC')::date
   FROM generate_series(1, ${articles}) g, LATERAL (SELECT now() - (g % 365) * interval '1 day' - (g % 86400) * interval '1 second' AS t) x`,
  `INSERT INTO feed_items (feed_id, guid, url, article_id, first_seen_at)
   SELECT 1 + a.id % 200, 'guid-' || a.id, a.url, a.id, a.created_at FROM articles a`,
  `INSERT INTO mentions (article_id, entity_id, start_offset, end_offset, text, published_day)
   SELECT a.id, 'person:p' || (1 + (a.id * 7 + k * 131) % 2000), k * 10, k * 10 + 5, 'x', a.published_day
   FROM articles a, generate_series(0, 5) k`,
  `INSERT INTO quotes (article_id, start_offset, end_offset, text, kind, speaker_entity_id, speaker_name)
   SELECT a.id, k * 100, k * 100 + 50, 'Quote ' || k || ' of article ' || a.id, 'direct', 'person:p' || (1 + (a.id + k) % 2000), 'Person'
   FROM articles a, generate_series(0, 1) k`,
  `INSERT INTO events (article_id, start_offset, end_offset, actor_entity_id, actor_country, action, cameo, plover, topic, evidence, published_day)
   SELECT a.id, 0, 10, 'person:p' || (1 + a.id % 2000), (ARRAY['PRK','KOR','CHN','USA','JPN','RUS'])[1 + a.id % 6],
          (ARRAY['criticize','threaten','consult','weapons-test','impose-sanctions'])[1 + a.id % 5], '1' || (a.id % 9) || '0',
          (ARRAY['ACCUSE','THREATEN','CONSULT','MOBILIZE','SANCTION'])[1 + a.id % 5],
          (ARRAY['sanctions','missile-launch','dialogue', NULL])[1 + a.id % 4], 'evidence', a.published_day
   FROM articles a`,
  `SET session_replication_role = origin`,
  `VACUUM ANALYZE`,
];

// What a dashboard panel asks of each view for the last 30 days.
const queries: Array<[string, string]> = [
  ['articles per day, source, language', `SELECT * FROM reporting.articles_per_day WHERE day >= current_date - 30`],
  ['mentions per day of one entity', `SELECT * FROM reporting.entity_mentions_per_day WHERE day >= current_date - 30 AND entity_id = 'person:p42'`],
  ['top 20 entities by mentions', `SELECT entity_id, entity_name, sum(mentions) AS mentions FROM reporting.entity_mentions_per_day WHERE day >= current_date - 30 GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 20`],
  ['quote feed, newest 100', `SELECT * FROM reporting.quote_feed WHERE day >= current_date - 30 ORDER BY day DESC, at DESC LIMIT 100`],
  ['quotes of one speaker', `SELECT * FROM reporting.quote_feed WHERE day >= current_date - 30 AND speaker_entity_id = 'person:p42' ORDER BY day DESC, at DESC LIMIT 100`],
  ['stance timeline of one actor', `SELECT * FROM reporting.stance_timeline WHERE day >= current_date - 30 AND actor_country = 'CHN'`],
  ['events per day by type', `SELECT * FROM reporting.events_per_day WHERE day >= current_date - 30`],
  ['pipeline lag per day', `SELECT * FROM reporting.pipeline_lag_per_day WHERE day >= current_date - 30`],
  ['feed health', `SELECT * FROM reporting.feed_health`],
];

async function withClient<T>(connectionString: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

await withClient(adminUrl, (client) => client.query(`CREATE DATABASE ${name}`));
try {
  await applyMigrations(url.toString(), root);
  await withClient(url.toString(), async (client) => {
    const started = performance.now();
    for (const statement of generate) await client.query(statement);
    const counts = await client.query<{ table: string; rows: string }>(
      `SELECT 'articles' AS table, count(*) AS rows FROM articles UNION ALL SELECT 'mentions', count(*) FROM mentions
       UNION ALL SELECT 'quotes', count(*) FROM quotes UNION ALL SELECT 'events', count(*) FROM events`,
    );
    console.log(`generated in ${((performance.now() - started) / 1000).toFixed(0)} s: ${counts.rows.map((row) => `${row.rows} ${row.table}`).join(', ')}`);
    console.log(`\n${'30-day query'.padEnd(40)}${'best ms'.padStart(9)}${'worst ms'.padStart(10)}${'rows'.padStart(8)}  plan`);
    let over = 0;
    for (const [label, sql] of queries) {
      const times: number[] = [];
      let rows = 0;
      let access = '';
      for (let run = 0; run < 3; run += 1) {
        const explain = await client.query<{ 'QUERY PLAN': unknown }>(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`);
        const plan = (explain.rows[0]!['QUERY PLAN'] as Array<{ 'Execution Time': number; Plan: { 'Actual Rows': number } }>)[0]!;
        times.push(plan['Execution Time']);
        rows = plan.Plan['Actual Rows'];
        const text = JSON.stringify(plan.Plan);
        access = [...new Set([...text.matchAll(/"Index Name":"([^"]+)"/g)].map((match) => match[1]))].join(', ') || (text.includes('Seq Scan') ? 'seq scan' : '');
      }
      const best = Math.min(...times);
      if (best > 200) over += 1;
      console.log(`${label.padEnd(40)}${best.toFixed(1).padStart(9)}${Math.max(...times).toFixed(1).padStart(10)}${String(rows).padStart(8)}  ${access}`);
    }
    console.log(over ? `\n${over} queries over 200 ms` : '\nevery 30-day query under 200 ms (best of 3, EXPLAIN ANALYZE execution time)');
  });
} finally {
  await withClient(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  console.log(`dropped ${name}`);
}
