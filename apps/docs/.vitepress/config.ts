import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type DefaultTheme } from 'vitepress';
import { markSampleFlags } from './markdown-sample-flags.js';

function generated<T>(name: string): T {
  const path = fileURLToPath(new URL(`./generated/${name}`, import.meta.url));
  if (!existsSync(path)) throw new Error(`${path} is missing: build with \`pnpm --filter @tokkit/docs build\``);
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

const guides: DefaultTheme.SidebarItem[] = [
  {
    text: 'Guides',
    items: [
      { text: 'Quick start', link: '/guides/quick-start' },
      { text: 'Pagination', link: '/guides/pagination' },
      { text: 'Errors, retries and timeouts', link: '/guides/errors' },
      { text: 'Keys and the proxy', link: '/guides/keys-and-proxy' },
      { text: 'Videos', link: '/guides/videos' },
      { text: 'Testing with the sandbox', link: '/guides/sandbox' },
    ],
  },
  {
    text: 'Moving to tokkit',
    items: [
      { text: 'From the official tikapi SDK', link: '/guides/migrating-from-tikapi' },
      { text: 'From tiktok-api', link: '/guides/from-tiktok-api' },
    ],
  },
  {
    text: 'Project',
    items: [
      { text: 'Benchmarks', link: '/guides/benchmarks' },
      { text: 'Changelog', link: '/guides/changelog' },
    ],
  },
];

// DOCS_BASE serves the site below a path prefix (e.g. /tokkit/); every link and the try-it service worker follow it.
export default defineConfig({
  title: 'tokkit',
  description: 'The TikTok data SDK for TypeScript and Python (TikAPI, Scavio, the user-handle API): every endpoint, validated, typed, paged, and tried live.',
  lang: 'en-US',
  base: process.env.DOCS_BASE || '/',
  srcExclude: ['README.md', 'CHANGELOG.md', 'scripts/**', 'src/**', 'test/**'],
  lastUpdated: false,
  themeConfig: {
    nav: [
      { text: 'Guides', link: '/guides/quick-start' },
      { text: 'Endpoints', link: '/reference/' },
      { text: 'TypeScript API', link: '/api/' },
    ],
    sidebar: {
      '/guides/': guides,
      '/api/': [{ text: 'TypeScript API', link: '/api/' }, ...generated<DefaultTheme.SidebarItem[]>('api-sidebar.json')],
      '/reference/': [{ text: 'Endpoints', link: '/reference/' }, ...generated<DefaultTheme.SidebarItem[]>('sidebar.json')],
    },
    search: {
      provider: 'local',
      options: {
        // Index what describes a page, not what many pages share: on endpoint pages the title, description and
        // parameters (not the samples, response, paging, credits and error sections, which read alike on every
        // paged page of three providers); on TypeScript API pages the title and summary (not every member).
        // Otherwise those crowd the 16 results the search box shows.
        _render(src, env, md) {
          const html = md.render(src, env);
          if (env.relativePath.startsWith('api/')) return html.replace(/<h2[\s\S]*$/, '');
          if (!env.relativePath.startsWith('reference/')) return html;
          return html.replace(/<h2 id="samples"[\s\S]*$/, '');
        },
      },
    },
    outline: { level: [2, 3] },
  },
  vite: {
    // The one chunk past Vite's 500 kB warning is the local search index, loaded only when the search box opens.
    build: { chunkSizeWarningLimit: 1024 },
  },
  markdown: {
    // GitHub's high-contrast themes: the plain ones fall short of WCAG AA contrast on the code block background.
    theme: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' },
    config: (md) => markSampleFlags(md),
  },
});
