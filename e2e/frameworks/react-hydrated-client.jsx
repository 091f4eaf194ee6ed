// The browser half of the server-rendered app: hydrate what the server sent, under StrictMode
// (effects run twice in development; the listener must still be there once).
import { StrictMode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { App } from './react-hydrated.jsx';

hydrateRoot(document.getElementById('app'), <StrictMode><App /></StrictMode>);
