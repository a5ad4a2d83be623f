import DefaultTheme from 'vitepress/theme';
import type { Theme } from 'vitepress';
import { onMounted } from 'vue';
import TryIt from './TryIt.vue';
import './custom.css';

export default {
  extends: DefaultTheme,
  enhanceApp({ app }) {
    app.component('TryIt', TryIt);
  },
  setup() {
    // The search button's key hints are decoration: hidden from assistive technology, and the button named by its
    // visible text ("Search") rather than by an aria-label that leaves that text out of its name.
    onMounted(() => {
      for (const button of document.querySelectorAll('.DocSearch-Button')) {
        button.querySelector('.DocSearch-Button-Keys')?.setAttribute('aria-hidden', 'true');
        button.removeAttribute('aria-label');
      }
    });
  },
} satisfies Theme;
