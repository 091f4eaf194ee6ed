// A React 19 app as an agency would write it: <botox-guide> with attributes and an event
// prop (React 19 adds `on<event name>` props of a custom element as event listeners).
import { useState } from 'react';
import { createRoot } from 'react-dom/client';

function App() {
  const [tab, setTab] = useState('none yet');
  const [clinic, setClinic] = useState('React Clinic');
  return (
    <main>
      <p id="seen">{tab}</p>
      <button id="rename" onClick={() => setClinic('React Clinic, renamed')}>Rename</button>
      <botox-guide clinic-name={clinic} tab="about" sections="about,risks,aftercare" onbotox-guide-tab-change={(e) => setTab(e.detail.tab)} />
    </main>
  );
}

createRoot(document.getElementById('app')).render(<App />);
