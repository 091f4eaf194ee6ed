/** Where `embed.js` itself was loaded from: the wasm, its glue and the language packs are
 *  next to it. `document.currentScript` is null when a platform loads it as a module or from a
 *  callback, so then the address in a stack trace of this very function, then a script tag
 *  naming embed.js, then the page. */
export function ownAddress(current: HTMLScriptElement | null): string {
  if (current?.src) return current.src;
  try {
    throw new Error('where am I');
  } catch (e) {
    const found = String((e as Error).stack ?? '').match(/((?:https?|file):\/\/[^\s()'"@]+?)(?::\d+){1,2}\)?\s*(?:\n|$)/);
    if (found) return found[1];
  }
  const tag = document.querySelector<HTMLScriptElement>('script[src*="embed.js"]');
  return tag ? tag.src : location.href;
}
