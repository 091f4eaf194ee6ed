// What a framework developer writes: checked by `tsc --strict` against the generated
// dist/botox-guide.d.ts and dist/botox-guide-react.d.ts (e2e/types.test.mjs).

// The element and its typed events.
const el = document.querySelector('botox-guide');
if (el) {
  el.addEventListener('botox-guide-tab-change', (e) => {
    const tab: BotoxGuideTab = e.detail.tab;
    console.log(tab);
  });
  el.addEventListener('botox-guide-cta-click', (e) => {
    const kind: 'booking' | 'phone' = e.detail.kind;
    console.log(kind);
  });
  el.addEventListener('botox-guide-error', (e) => console.log(e.detail.message.length));
}
document.addEventListener('botox-guide-ready', (e) => console.log(e.type));

// The JS API.
const handle = window.BotoxGuide.mount(document.createElement('div'), {
  clinicName: 'Harbour Clinic',
  phone: '+64 9 555 0100',
  tab: 'aftercare',
  treatment: 'migraine',
  deepLink: true,
  locale: 'es',
});
handle?.update({ theme: 'dark', heading: 'none', reviewedOn: null });
handle?.unmount();
window.BotoxGuide.ready.then(() => console.log(window.BotoxGuide.stats().instances, window.BotoxGuide.version));

// React 19 JSX: attributes and an event prop.
export function Guide() {
  return (
    <botox-guide
      clinic-name="Harbour Clinic"
      booking-url="https://example.org/book"
      sections="aftercare,risks"
      theme="auto"
      onbotox-guide-tab-change={(e) => console.log(e.detail.tab)}
    />
  );
}
