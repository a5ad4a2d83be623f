// Every code block of the built site, as the reader sees it: the text of each highlighted block is the
// concatenation of its spans, so what runs is exactly what the page shows (and what its copy button copies).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export type SampleLanguage = 'typescript' | 'javascript' | 'python' | 'shell';

export interface Sample {
  /** The page, relative to the site root: `reference/public/check.html`. */
  page: string;
  /** 1-based position among the page's code blocks. */
  index: number;
  language: SampleLanguage | 'other';
  /** The block's language label as written (`ts`, `python`, `sh`, `json`, ...). */
  label: string;
  code: string;
  /** Marked `no-run` in the source: shown, counted, not run. */
  notRunnable: boolean;
  /** Marked `worker` in the source: a Cloudflare Worker, run in workerd. */
  worker: boolean;
  /** Marked `browser` in the source: code for a page, run in Chromium behind the proxy. */
  browser: boolean;
}

const languages: Record<string, SampleLanguage> = {
  ts: 'typescript',
  typescript: 'typescript',
  mts: 'typescript',
  js: 'javascript',
  javascript: 'javascript',
  mjs: 'javascript',
  py: 'python',
  python: 'python',
  sh: 'shell',
  bash: 'shell',
  shell: 'shell',
};

const block = /<div (?:data-sample="([\w-]+)" )?class="language-([\w-]+)[^"]*">[\s\S]*?<pre[^>]*><code>([\s\S]*?)<\/code><\/pre>/g;

export function decodeHtml(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&amp;/g, '&');
}

export function samplesOfPage(page: string, html: string): Sample[] {
  const out: Sample[] = [];
  let index = 0;
  for (const match of html.matchAll(block)) {
    index += 1;
    const label = match[2] ?? '';
    out.push({
      page,
      index,
      label,
      language: languages[label] ?? 'other',
      code: decodeHtml(match[3] ?? ''),
      notRunnable: match[1] === 'not-run',
      worker: match[1] === 'worker',
      browser: match[1] === 'browser',
    });
  }
  return out;
}

/** Pages whose code blocks are declarations (the TypeDoc API reference), not samples. */
export const isDeclarationPage = (page: string): boolean => page.startsWith('api/');

/** The code blocks of every page of a built site (the 404 page excluded). */
export function samplesOfSite(distDir: string): Sample[] {
  const pages = readdirSync(distDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(distDir, join(e.parentPath, e.name)))
    .filter((page) => page !== '404.html')
    .sort();
  return pages.flatMap((page) => samplesOfPage(page, readFileSync(join(distDir, page), 'utf8')));
}
