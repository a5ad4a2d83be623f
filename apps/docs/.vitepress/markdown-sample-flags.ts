// Flags in a code block's info string tell the docs sample test how to treat the block; the block is shown as
// usual and the flag lands on it as data-sample in the built page:
//   ```ts no-run    shown and counted, not run (a command to type, code for a runtime the tests cannot reach)
//   ```ts worker    a Cloudflare Worker: bundled and run in workerd (miniflare) against the sandbox
//   ```ts browser   code for a page: bundled and run in Chromium, with the proxy mounted at /tikapi
import type { MarkdownRenderer } from 'vitepress';

export const SAMPLE_FLAGS: Readonly<Record<string, string>> = { 'no-run': 'not-run', worker: 'worker', browser: 'browser' };

export function markSampleFlags(md: MarkdownRenderer): void {
  const fence = md.renderer.rules.fence;
  if (!fence) throw new Error('markdown-it has no fence renderer to wrap');
  md.renderer.rules.fence = (tokens, idx, options, env, self) => {
    const token = tokens[idx];
    if (!token) return '';
    const words = token.info.split(/\s+/);
    const flag = words.find((w) => w in SAMPLE_FLAGS);
    if (!flag) return fence(tokens, idx, options, env, self);
    token.info = words.filter((w) => w !== flag).join(' ');
    return fence(tokens, idx, options, env, self).replace('<div class="language-', `<div data-sample="${SAMPLE_FLAGS[flag]}" class="language-`);
  };
}
