// The server half: the HTML React sends before any script runs.
import { renderToString } from 'react-dom/server';
import { App } from './react-hydrated.jsx';
import { App as Prerendered } from './react-prerendered.jsx';

export const render = () => renderToString(<App />);
export const renderPrerendered = (snippet) => renderToString(<Prerendered snippet={snippet} />);
