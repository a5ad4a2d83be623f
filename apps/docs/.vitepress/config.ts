import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type DefaultTheme } from 'vitepress';
import { markNotRunnable } from './markdown-not-runnable.js';

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
      { text: 'Testing with the sandbox', link: '/guides/sandbox' },
    ],
  },
];

// DOCS_BASE serves the site below a path prefix (e.g. /tokkit/); every link and the try-it service worker follow it.
export default defineConfig({
  title: 'tokkit',
  description: 'The TikAPI SDK for TypeScript and Python: every endpoint, validated, typed, paged, and tried live.',
  lang: 'en-US',
  base: process.env.DOCS_BASE || '/',
  srcExclude: ['README.md', 'CHANGELOG.md', 'scripts/**', 'src/**', 'test/**'],
  lastUpdated: false,
  themeConfig: {
    nav: [
      { text: 'Guides', link: '/guides/quick-start' },
      { text: 'Endpoints', link: '/reference/' },
      ...(existsSync(fileURLToPath(new URL('../api/index.md', import.meta.url))) ? [{ text: 'TypeScript API', link: '/api/' }] : []),
    ],
    sidebar: {
      '/guides/': guides,
      '/reference/': [{ text: 'Endpoints', link: '/reference/' }, ...generated<DefaultTheme.SidebarItem[]>('sidebar.json')],
    },
    search: { provider: 'local' },
    outline: { level: [2, 3] },
  },
  markdown: {
    config: (md) => markNotRunnable(md),
  },
});
