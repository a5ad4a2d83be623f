// The reference index page and the sidebar: every endpoint of every provider, grouped like the clients.
import { clientVariable, type Group, groupOf, groups, pageSlug, type Spec, type SpecEndpoint } from '../spec.js';
import { escapeHtml } from './html.js';
import { GENERATED_NOTE } from './page.js';

// Groups are not collapsible: the default theme's collapsible group header is a button holding another focusable
// control, which assistive technology cannot handle (axe: nested-interactive).
export interface SidebarGroup {
  text: string;
  items: { text: string; link: string }[];
}

interface Section {
  title: string;
  spec: Spec;
  endpoints: SpecEndpoint[];
}

const groupTitle: Record<Group, string> = {
  public: 'api.public',
  user: 'api.user',
  'user.posts': 'api.user.posts',
  'user.live': 'api.user.live',
  key: 'api.key',
};

/** TikAPI's endpoints in the client's groups, then one section per other provider. */
function sections(specs: readonly Spec[]): Section[] {
  const out: Section[] = [];
  for (const spec of specs) {
    if (spec.provider.name !== 'tikapi') {
      out.push({ title: `${spec.provider.clientName} (${clientVariable(spec)})`, spec, endpoints: spec.endpoints });
      continue;
    }
    const byGroup = new Map<Group, SpecEndpoint[]>(groups.map((g) => [g, []]));
    for (const e of spec.endpoints) byGroup.get(groupOf(e.key))?.push(e);
    for (const [group, endpoints] of byGroup) out.push({ title: groupTitle[group], spec, endpoints });
  }
  return out;
}

export function sidebar(specs: readonly Spec[]): SidebarGroup[] {
  return sections(specs).map(({ title, spec, endpoints }) => ({
    text: title,
    items: endpoints.map((e) => ({ text: e.key, link: `/reference/${pageSlug(e.key, spec.provider.name)}` })),
  }));
}

function table({ title, spec, endpoints }: Section): string {
  const rows = endpoints.map((e) => {
    const flags = [e.paging ? 'paged' : '', e.deprecated ? 'deprecated' : '', e.undocumented ? 'undocumented' : '']
      .filter(Boolean)
      .join(', ');
    const link = `./${pageSlug(e.key, spec.provider.name)}`;
    return `| [\`${e.key}\`](${link}) | \`${e.method} ${e.path}\` | ${escapeHtml(e.description ?? '').replace(/\|/g, '\\|')} | ${flags} |`;
  });
  return `## ${title}\n\n| Endpoint | Route | What it does | |\n| --- | --- | --- | --- |\n${rows.join('\n')}`;
}

export function overviewPage(specs: readonly Spec[]): string {
  const counts = specs.map((s) => `${s.endpoints.length} of ${s.provider.clientName === 'TikAPI' ? 'the TikAPI REST API' : `the ${s.provider.clientName} API`}`);
  return `---
title: Endpoint reference
---
${GENERATED_NOTE}

# Endpoint reference

Every endpoint tokkit speaks: ${counts.join(', ')}, grouped like the clients (\`TikAPI\`, \`Scavio\`,
\`UserHandleAPI\`). Each page is generated from the endpoint's descriptor in \`@tokkit/core\` when the site is built,
with samples the docs tests run and a response captured from the sandbox.

${sections(specs).map(table).join('\n\n')}
`;
}
