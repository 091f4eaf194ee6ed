/** `embed.js`'s entry: the build wraps the bundle in `(function (DATA) { … })(data)`, the data
 *  generated from the Rust tables. Its files are next to the script itself. */
import type { LoaderData } from './data';
import { ownAddress } from './address';
import { start } from './embed';

declare const DATA: LoaderData;

const current = document.currentScript as HTMLScriptElement | null;
start(DATA, new URL('.', ownAddress(current)).href, current?.nonce ?? '');
