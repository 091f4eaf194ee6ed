/** `embed.js`'s entry: the build wraps the bundle in `(function (DATA) { … })(data)`, the data
 *  generated from the Rust tables. */
import type { LoaderData } from './data';
import { start } from './embed';

declare const DATA: LoaderData;

start(DATA, document.currentScript as HTMLScriptElement | null);
