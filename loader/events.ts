/** The widget's DOM events: dispatched here only (the wasm calls `emit` for its own), on the
 *  host element, bubbling and composed, under their name and, for one release, their
 *  deprecated colon name. */
import type { LoaderData } from './data';

export type Detail = Record<string, unknown>;

export function emit(data: LoaderData, el: Element, name: string, detail: Detail, toDataLayer = false): void {
  for (const prefix of [data.events.prefix, data.events.legacyPrefix]) {
    el.dispatchEvent(new CustomEvent(prefix + name, { bubbles: true, composed: true, detail }));
  }
  if (toDataLayer) pushToDataLayer(data, name, detail);
}

/** `analytics="datalayer"`: the event also goes to the page's `window.dataLayer` (which tag
 *  managers read) as `{ event: 'botox_guide_<name>', … }`, with only the fields its spec marks
 *  safe (ids from fixed lists). No request of the widget's own; a page whose dataLayer is
 *  not an array is left alone. */
function pushToDataLayer(data: LoaderData, name: string, detail: Detail): void {
  const page = window as unknown as { dataLayer?: unknown };
  const entry: Detail = { event: data.events.dataLayerPrefix + name.replace(/-/g, '_') };
  for (const field of data.events.analytics[name] ?? []) if (field in detail) entry[field] = detail[field];
  page.dataLayer ??= [];
  if (Array.isArray(page.dataLayer)) page.dataLayer.push(entry);
}
