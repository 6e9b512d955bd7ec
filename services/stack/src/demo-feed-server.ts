import { readdir, readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

export interface DemoArticle {
  id: string;
  title: string;
  summary: string;
  body: string;
}

/** Loads the customer's sample articles (`<id>.txt` with `<id>.expected.json` beside it). */
export async function loadSampleArticles(dir: string): Promise<DemoArticle[]> {
  const files = (await readdir(dir)).filter((file) => file.endsWith('.txt')).sort();
  return Promise.all(
    files.map(async (file) => {
      const id = file.slice(0, -'.txt'.length);
      const body = await readFile(path.join(dir, file), 'utf8');
      const expected = JSON.parse(await readFile(path.join(dir, `${id}.expected.json`), 'utf8')) as {
        title: string | null;
        paragraphs: string[];
      };
      const lead = expected.paragraphs[0] ?? '';
      const firstSentence = /^(.{20,160}?[.!?])\s/.exec(lead)?.[1] ?? lead.slice(0, 120);
      return { id, title: expected.title ?? firstSentence, summary: lead, body };
    }),
  );
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** An RSS 2.0 document listing the articles, newest first, dated an hour apart before `day`. */
export function renderRss(articles: DemoArticle[], baseUrl: string, day: Date): string {
  const items = articles
    .map((article, index) => {
      const published = new Date(day.getTime() - (index + 1) * 3_600_000).toUTCString();
      const link = `${baseUrl}/articles/${article.id}`;
      return [
        '    <item>',
        `      <title>${escapeXml(article.title)}</title>`,
        `      <link>${escapeXml(link)}</link>`,
        `      <guid isPermaLink="true">${escapeXml(link)}</guid>`,
        `      <pubDate>${published}</pubDate>`,
        `      <description>${escapeXml(article.summary)}</description>`,
        '    </item>',
      ].join('\n');
    })
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>Peninsula Watch demo feed</title>
    <link>${escapeXml(baseUrl)}/</link>
    <description>The customer's sample articles, served on loopback</description>
    <ttl>15</ttl>
${items}
  </channel>
</rss>
`;
}

export interface DemoFeedServer {
  server: Server;
  baseUrl: string;
  feedUrl: string;
  requests: string[];
  close(): Promise<void>;
}

/** Serves /feed.xml and /articles/<id> (text/plain page dumps, like the samples) on loopback. */
export async function startDemoFeedServer(articles: DemoArticle[], port: number, day: Date): Promise<DemoFeedServer> {
  const byId = new Map(articles.map((article) => [article.id, article]));
  const requests: string[] = [];
  let baseUrl = '';
  const server = createServer((request, response) => {
    const url = request.url ?? '/';
    requests.push(url);
    if (url === '/feed.xml') {
      response.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(renderRss(articles, baseUrl, day));
      return;
    }
    const match = /^\/articles\/([\w-]+)$/.exec(url);
    const article = match ? byId.get(match[1]!) : undefined;
    if (article) {
      response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(article.body);
      return;
    }
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    server,
    baseUrl,
    feedUrl: `${baseUrl}/feed.xml`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
