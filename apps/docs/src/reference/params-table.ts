// The parameter table of an endpoint page, straight from the descriptor's params.
import type { SpecEndpoint, SpecParam } from '../spec.js';
import { code, escapeHtml } from './html.js';

function allowed(param: SpecParam): string {
  const parts: string[] = [];
  if (param.enum?.length) parts.push(`one of ${param.enum.map(code).join(', ')}`);
  if (param.min !== undefined && param.max !== undefined) parts.push(`${param.min} to ${param.max}`);
  else if (param.min !== undefined) parts.push(`≥ ${param.min}`);
  else if (param.max !== undefined) parts.push(`≤ ${param.max}`);
  if (param.pattern) parts.push(`matches ${code(param.pattern)}`);
  return parts.join('<br>');
}

const where: Record<SpecParam['in'], string> = { query: 'query', path: 'path', body: 'JSON body' };

export function paramsTable(endpoint: SpecEndpoint): string {
  if (!endpoint.params.length) return '<p>This endpoint takes no parameters.</p>';
  const withGroups = endpoint.params.some((p) => p.oneOf?.length);
  const head = ['Name', 'In', 'Type', 'Required', ...(withGroups ? ['One of'] : []), 'Allowed', 'Default', 'Example', 'Description'];
  const rows = endpoint.params.map((p) => {
    const name = p.wire === p.name ? code(p.name) : `${code(p.name)}<br><small>sent as ${code(p.wire)}</small>`;
    const cells = [
      name,
      where[p.in],
      p.type ?? 'any scalar',
      p.required ? '<strong>required</strong>' : 'optional',
      ...(withGroups ? [p.oneOf?.map(code).join(', ') ?? ''] : []),
      allowed(p),
      p.default === undefined ? '' : code(p.default),
      p.example === undefined ? '' : code(p.example),
      escapeHtml(p.description ?? ''),
    ];
    return `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
  });
  return [
    // Focusable: the table scrolls sideways on narrow screens, and a keyboard must be able to scroll it.
    `<table class="params" tabindex="0" aria-label="Parameters of ${endpoint.key}" v-pre>`,
    `<thead><tr>${head.map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead>`,
    `<tbody>${rows.join('\n')}</tbody>`,
    '</table>',
  ].join('\n');
}
