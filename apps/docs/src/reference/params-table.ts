// The parameter table of an endpoint page, straight from the descriptor's params. Three columns, so it fits the
// page: the parameter (name, where it goes, type, required), what it accepts (one-of group, enum, bounds,
// pattern, default, example), and its description.
import type { SpecEndpoint, SpecParam } from '../spec.js';
import { code, escapeHtml } from './html.js';

const where: Record<SpecParam['in'], string> = { query: 'query', path: 'path', body: 'JSON body' };

function accepts(param: SpecParam, endpoint: SpecEndpoint): string {
  const parts: string[] = [];
  const group = endpoint.oneOf?.find((names) => names.includes(param.name));
  if (group) parts.push(`give at least one of ${group.map(code).join(', ')}`);
  if (param.enum?.length) parts.push(`one of ${param.enum.map(code).join(', ')}`);
  if (param.min !== undefined && param.max !== undefined) parts.push(`from ${param.min} to ${param.max}`);
  else if (param.min !== undefined) parts.push(`≥ ${param.min}`);
  else if (param.max !== undefined) parts.push(`≤ ${param.max}`);
  if (param.minLength !== undefined || param.maxLength !== undefined) {
    parts.push(`${param.minLength ?? 0} to ${param.maxLength ?? '∞'} characters`);
  }
  if (param.pattern) parts.push(`matches ${code(param.pattern)}`);
  if (param.default !== undefined) parts.push(`default ${code(param.default)}`);
  if (param.example !== undefined) parts.push(`example ${code(param.example)}`);
  return parts.map((p) => `<span class="param-rule">${p}</span>`).join('');
}

function parameter(param: SpecParam): string {
  const wire = param.wire === param.name ? '' : `, sent as ${code(param.wire)}`;
  const facts = [where[param.in] + wire, param.type ?? 'any scalar', param.required ? '<strong>required</strong>' : 'optional'];
  return `${code(param.name)}<br><small>${facts.join(' · ')}</small>`;
}

export function paramsTable(endpoint: SpecEndpoint): string {
  if (!endpoint.params.length) return '<p>This endpoint takes no parameters.</p>';
  const rows = endpoint.params.map((p) => {
    const data = `data-param="${escapeHtml(p.name)}" data-in="${p.in}" data-type="${p.type ?? ''}" data-required="${p.required}"`;
    return `<tr ${data}><td>${parameter(p)}</td><td>${accepts(p, endpoint)}</td><td>${escapeHtml(p.description ?? '')}</td></tr>`;
  });
  return [
    // Focusable: the table scrolls sideways on narrow screens, and a keyboard must be able to scroll it.
    `<table class="params" tabindex="0" aria-label="Parameters of ${endpoint.key}" v-pre>`,
    '<thead><tr><th scope="col">Parameter</th><th scope="col">Accepts</th><th scope="col">Description</th></tr></thead>',
    `<tbody>${rows.join('\n')}</tbody>`,
    '</table>',
  ].join('\n');
}
