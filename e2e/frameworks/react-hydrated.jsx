// A server-rendered React 19 page, hydrated in the browser, as the first page a visitor loads
// in a Next.js app is. React does not attach a custom element's `on<event>` props while it
// hydrates, so the hydration-safe way to listen is a ref and an effect (the README's React
// pattern; docs/install/react-nextjs.md).
import { useEffect, useRef, useState } from 'react';

/** Listen to one of the guide's events on the element `ref` points at. */
export function useGuideEvent(ref, name, handler) {
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => {
    const el = ref.current;
    if (!el) return undefined;
    const listener = (e) => latest.current(e);
    el.addEventListener(name, listener);
    return () => el.removeEventListener(name, listener);
  }, [ref, name]);
}

export function App() {
  const [tab, setTab] = useState('none yet');
  const [count, setCount] = useState(0);
  const guide = useRef(null);
  useGuideEvent(guide, 'botox-guide-tab-change', (e) => {
    setTab(e.detail.tab);
    setCount((n) => n + 1);
  });
  return (
    <main>
      <p id="seen">{tab}</p>
      <p id="count">{count}</p>
      <botox-guide ref={guide} clinic-name="Hydrated Clinic" tab="about" sections="about,risks,aftercare" />
    </main>
  );
}
