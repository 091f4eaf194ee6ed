// A Vue 3 app as Vite builds it: the template is compiled ahead of time (here by
// @vue/compiler-sfc with the same `compilerOptions` @vitejs/plugin-vue passes from
// `vue({ template: { compilerOptions: { isCustomElement } } })`), and the app runs on Vue's
// runtime-only build, where `app.config.compilerOptions` does nothing.
import { createApp, ref } from 'vue';
// The compiled template (written by the test, e2e/frameworks.test.mjs).
import { render } from 'vue-vite-template';

createApp({
  setup() {
    const tab = ref('none yet');
    const clinic = ref('Vite Clinic');
    return { tab, clinic };
  },
  render,
}).mount('#app');
