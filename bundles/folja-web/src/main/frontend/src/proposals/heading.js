// A heading at a level chosen by the element's embedder (Lit cannot bind a tag name): focusable by script only, so
// that the focus can be moved to it after an action.
import { html } from 'lit';

/** @returns `<hN id tabindex="-1">text</hN>` for a level 1–6 */
export function heading(level, id, text) {
  switch (level) {
    case 1: return html`<h1 id=${id} tabindex="-1">${text}</h1>`;
    case 2: return html`<h2 id=${id} tabindex="-1">${text}</h2>`;
    case 3: return html`<h3 id=${id} tabindex="-1">${text}</h3>`;
    case 4: return html`<h4 id=${id} tabindex="-1">${text}</h4>`;
    case 5: return html`<h5 id=${id} tabindex="-1">${text}</h5>`;
    default: return html`<h6 id=${id} tabindex="-1">${text}</h6>`;
  }
}
