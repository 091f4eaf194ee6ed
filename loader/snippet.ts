/**
 * `BotoxGuide.prerender(options)`: the guide as a page pastes it inside its element (a
 * declarative shadow root), laid out for those options by the same code that lays out the
 * prerendered view (`shell.ts`). Only what is on screen is kept: the hidden tabs' panels,
 * treatments and closed details stay as empty elements (so the stylesheet's `:last-child` and
 * `+` rules match as they do in the full view, and nothing moves when the loader paints the
 * full view over it); the stylesheet is inline, so the guide paints with the page's own
 * HTML, with no request of its own.
 */
import type { LoaderData } from './data';

const attr = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

export function snippet(data: LoaderData, root: ShadowRoot, nonce = ''): string {
  const copy = document.createElement('div');
  root.childNodes.forEach((n) => copy.appendChild(n.cloneNode(true)));
  copy.querySelectorAll('[hidden]').forEach((el) => el.replaceChildren());
  const n = nonce ? ` nonce="${attr(nonce)}"` : '';
  return `<template shadowrootmode="open"><style${n}>${data.css}</style>${copy.innerHTML}</template>`;
}
