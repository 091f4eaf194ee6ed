// The browser half: hydrate with the same snippet the server used (a Next.js app carries it
// in its page data; here a JSON script element).
import { StrictMode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { App } from './react-prerendered.jsx';

const snippet = JSON.parse(document.getElementById('snippet').textContent);
hydrateRoot(document.getElementById('app'), <StrictMode><App snippet={snippet} /></StrictMode>);
