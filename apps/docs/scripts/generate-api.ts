// The TypeScript API reference (api/**.md, not committed): TypeDoc with typedoc-plugin-markdown over the public
// entry points of @tokkit/core, /node, /browser-safe and /sandbox, and its sidebar. Any TypeDoc warning fails.
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Application } from 'typedoc';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const apiDir = join(root, 'api');

interface SidebarItem {
  text: string;
  link: string;
}

/** One entry per package: its index page lists every export (a sidebar of all of them would weigh on every page). */
function apiSidebar(): SidebarItem[] {
  return readdirSync(join(apiDir, '@tokkit'))
    .sort()
    .map((pkg) => ({ text: `@tokkit/${pkg}`, link: `/api/@tokkit/${pkg}/` }));
}

export async function generateApi(): Promise<{ warnings: number; pages: number }> {
  rmSync(apiDir, { recursive: true, force: true });
  const app = await Application.bootstrapWithPlugins({ options: join(root, 'typedoc.json') });
  const project = await app.convert();
  if (!project) throw new Error('TypeDoc could not convert the packages');
  await app.generateOutputs(project);
  const warnings = app.logger.warningCount + app.logger.errorCount;
  if (warnings) throw new Error(`TypeDoc: ${app.logger.warningCount} warnings, ${app.logger.errorCount} errors (the API reference must have none)`);
  writeFileSync(join(root, '.vitepress/generated/api-sidebar.json'), `${JSON.stringify(apiSidebar(), null, 2)}\n`);
  const pages = readdirSync(apiDir, { recursive: true }).filter((f) => String(f).endsWith('.md')).length;
  return { warnings, pages };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { warnings, pages } = await generateApi();
  console.log(`typedoc: ${pages} pages, ${warnings} warnings`);
}
