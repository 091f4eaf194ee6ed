// A server-rendered React 19 page that server-renders the guide itself (docs/install/
// frameworks.md, "Server rendering"): the package's prerendered snippet goes into the element
// as its inner HTML, with `suppressHydrationWarning` (the browser turned the snippet's
// `<template shadowrootmode>` into the element's shadow root, so its light DOM no longer
// matches the string React holds; React leaves that element's content alone). A client
// navigation away and back mounts it again from the browser.
import { useRef, useState } from 'react';
import { useGuideEvent } from './react-hydrated.jsx';

export function PrerenderedGuide({ snippet, ...attributes }) {
  const guide = useRef(null);
  const [tab, setTab] = useState('none yet');
  useGuideEvent(guide, 'botox-guide-tab-change', (e) => setTab(e.detail.tab));
  return (
    <>
      <p id="seen">{tab}</p>
      <botox-guide ref={guide} {...attributes} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: snippet }} />
    </>
  );
}

export function App({ snippet }) {
  const [page, setPage] = useState('guide');
  return (
    <main>
      <nav>
        <button id="to-home" type="button" onClick={() => setPage('home')}>Home</button>
        <button id="to-guide" type="button" onClick={() => setPage('guide')}>Guide</button>
      </nav>
      {page === 'guide' ? <PrerenderedGuide snippet={snippet} clinic-name="Prerendered Clinic" /> : <h2 id="home">Home</h2>}
    </main>
  );
}
