// The server half: the HTML React sends before any script runs.
import { renderToString } from 'react-dom/server';
import { App } from './react-hydrated.jsx';

export const render = () => renderToString(<App />);
