// A crawl of the served site from its home page: every page, script, stylesheet and link it reaches below the
// site's origin is fetched once; a link to a fragment must find that id in its page.
const hrefs = /\s(?:href|src)="([^"]+)"/g;
const MAX_URLS = 2_000;

export interface CrawlResult {
  pages: number;
  links: number;
  broken: string[];
}

function idsOf(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decodeURIComponent(m[1] ?? '')));
}

export async function crawl(start: string): Promise<CrawlResult> {
  const origin = new URL(start).origin;
  const seen = new Map<string, Promise<{ status: number; html: string | null }>>();
  const queue: string[] = [start];
  const fragments: { from: string; url: string; id: string }[] = [];
  let links = 0;
  let pages = 0;
  const fetchOnce = (url: string) => {
    let entry = seen.get(url);
    if (!entry) {
      entry = fetch(url).then(async (r) => ({
        status: r.status,
        html: (r.headers.get('content-type') ?? '').startsWith('text/html') ? await r.text() : (await r.arrayBuffer(), null),
      }));
      seen.set(url, entry);
    }
    return entry;
  };
  const broken: string[] = [];
  while (queue.length) {
    const url = queue.shift() as string;
    const { status, html } = await fetchOnce(url);
    if (status !== 200 || html === null) continue;
    pages += 1;
    for (const match of html.matchAll(hrefs)) {
      const raw = (match[1] ?? '').replace(/&amp;/g, '&');
      if (/^(mailto:|javascript:|data:)/.test(raw)) continue;
      const target = new URL(raw, url);
      if (target.origin !== origin) continue;
      links += 1;
      const page = `${target.origin}${target.pathname}`;
      if (target.hash.length > 1) fragments.push({ from: url, url: page, id: decodeURIComponent(target.hash.slice(1)) });
      if (!seen.has(page)) {
        if (seen.size >= MAX_URLS) throw new Error(`the crawl reached more than ${MAX_URLS} URLs`);
        queue.push(page);
        void fetchOnce(page);
      }
    }
  }
  for (const [url, entry] of seen) {
    const { status } = await entry;
    if (status !== 200) broken.push(`${url} (HTTP ${status})`);
  }
  for (const f of fragments) {
    const { html } = await fetchOnce(f.url);
    if (html !== null && !idsOf(html).has(f.id)) broken.push(`${f.url}#${f.id} (no such id; linked from ${f.from})`);
  }
  return { pages, links, broken: [...new Set(broken)] };
}
