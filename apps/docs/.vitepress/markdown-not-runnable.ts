// A code block whose info string carries `no-run` (```ts no-run) is shown as usual but marked
// data-sample="not-run" in the built page, so the docs sample test counts it instead of running it.
import type { MarkdownRenderer } from 'vitepress';

export const NOT_RUN_FLAG = 'no-run';

export function markNotRunnable(md: MarkdownRenderer): void {
  const fence = md.renderer.rules.fence;
  if (!fence) throw new Error('markdown-it has no fence renderer to wrap');
  md.renderer.rules.fence = (tokens, idx, options, env, self) => {
    const token = tokens[idx];
    if (!token) return '';
    const words = token.info.split(/\s+/);
    if (!words.includes(NOT_RUN_FLAG)) return fence(tokens, idx, options, env, self);
    token.info = words.filter((w) => w !== NOT_RUN_FLAG).join(' ');
    return fence(tokens, idx, options, env, self).replace('<div class="language-', '<div data-sample="not-run" class="language-');
  };
}
