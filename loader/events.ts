/** The widget's DOM events: dispatched here only (the wasm calls `emit` for its own), on the
 *  host element, bubbling and composed, under their name and, for one release, their
 *  deprecated colon name. */
import type { LoaderData } from './data';

export type Detail = Record<string, unknown>;

export function emit(data: LoaderData, el: Element, name: string, detail: Detail): void {
  for (const prefix of [data.events.prefix, data.events.legacyPrefix]) {
    el.dispatchEvent(new CustomEvent(prefix + name, { bubbles: true, composed: true, detail }));
  }
}
