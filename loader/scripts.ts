/** The scripts the loader adds next to `embed.js` (locale packs, market files): each once,
 *  checked by its integrity hash, with the page's nonce; a failure named with why. */
import type { LoaderData } from './data';
import { why } from './wasm';

/** Add `name` from `base`; settles (never fails) when it ran or could not (then the console
 *  names the file, where it was looked for, why, and `instead`: what happens now). */
export function addScript(data: LoaderData, base: string, nonce: string, name: string, instead: string): Promise<void> {
  const url = base + name;
  return new Promise<void>((resolve) => {
    const script = document.createElement('script');
    script.src = url;
    script.async = true;
    const hash = data.integrity[name];
    if (hash) {
      script.integrity = hash;
      script.crossOrigin = 'anonymous';
    }
    if (nonce) script.nonce = nonce;
    script.onload = () => resolve();
    script.onerror = () => {
      why(url, 'the script did not load').then((reason) => {
        console.warn(`botox-guide: ${name} could not be loaded from ${url} (${reason}). ${instead}`);
        resolve();
      });
    };
    document.head.appendChild(script);
  });
}

/** Whether a queued file is from this build; if not, the console says so once per file. */
export function sameBuild(data: LoaderData, name: string, version: string): boolean {
  if (version === data.version) return true;
  console.warn(`botox-guide: ${name} is from version ${version} but embed.js is ${data.version}; it is ignored. Use files from one build.`);
  return false;
}

