// The reference index page and the sidebar: every endpoint, grouped like the client.
import { type Group, groupOf, groups, pageSlug, type Spec, type SpecEndpoint } from '../spec.js';
import { escapeHtml } from './html.js';
import { GENERATED_NOTE } from './page.js';

// Groups are not collapsible: the default theme's collapsible group header is a button holding another focusable
// control, which assistive technology cannot handle (axe: nested-interactive).
export interface SidebarGroup {
  text: string;
  items: { text: string; link: string }[];
}

const groupTitle: Record<Group, string> = {
  public: 'api.public',
  user: 'api.user',
  'user.posts': 'api.user.posts',
  'user.live': 'api.user.live',
  key: 'api.key',
};

function byGroup(spec: Spec): Map<Group, SpecEndpoint[]> {
  const out = new Map<Group, SpecEndpoint[]>(groups.map((g) => [g, []]));
  for (const e of spec.endpoints) out.get(groupOf(e.key))?.push(e);
  return out;
}

export function sidebar(spec: Spec): SidebarGroup[] {
  return [...byGroup(spec)].map(([group, endpoints]) => ({
    text: groupTitle[group],
    items: endpoints.map((e) => ({ text: e.key, link: `/reference/${pageSlug(e.key)}` })),
  }));
}

export function overviewPage(spec: Spec): string {
  const sections = [...byGroup(spec)].map(([group, endpoints]) => {
    const rows = endpoints.map((e) => {
      const flags = [e.paging ? 'paged' : '', e.deprecated ? 'deprecated' : '', e.undocumented ? 'undocumented' : '']
        .filter(Boolean)
        .join(', ');
      return `| [\`${e.key}\`](./${pageSlug(e.key)}) | \`${e.method} ${e.path}\` | ${escapeHtml(e.description ?? '').replace(/\|/g, '\\|')} | ${flags} |`;
    });
    return `## ${groupTitle[group]}\n\n| Endpoint | Route | What it does | |\n| --- | --- | --- | --- |\n${rows.join('\n')}`;
  });
  return `---
title: Endpoint reference
---
${GENERATED_NOTE}

# Endpoint reference

All ${spec.endpoints.length} endpoints of the TikAPI REST API, grouped like the client. Each page is generated from
the endpoint's descriptor in \`@tokkit/core\` when the site is built, with samples the docs tests run and a
response captured from the sandbox.

${sections.join('\n\n')}
`;
}
