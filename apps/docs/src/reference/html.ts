/** Text safe inside HTML; the pages that use it mark their HTML `v-pre`, so Vue leaves `{{` alone. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export const code = (text: string | number | boolean): string => `<code>${escapeHtml(String(text))}</code>`;
