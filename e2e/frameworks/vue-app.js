// A Vue 3 app: `isCustomElement` tells Vue that <botox-guide> is not a Vue component, and
// `@botox-guide-tab-change` binds the event (impossible with the old colon names).
import { createApp, ref } from 'vue/dist/vue.esm-bundler.js';

const app = createApp({
  setup() {
    const tab = ref('none yet');
    const clinic = ref('Vue Clinic');
    return { tab, clinic };
  },
  template: `
    <main>
      <p id="seen">{{ tab }}</p>
      <button id="rename" @click="clinic = 'Vue Clinic, renamed'">Rename</button>
      <botox-guide :clinic-name="clinic" tab="about" sections="about,risks,aftercare" @botox-guide-tab-change="tab = $event.detail.tab"></botox-guide>
    </main>`,
});
app.config.compilerOptions.isCustomElement = (tag) => tag === 'botox-guide';
app.mount('#app');
