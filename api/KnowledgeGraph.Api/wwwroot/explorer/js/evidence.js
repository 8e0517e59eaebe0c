// Evidence: each quote as a blockquote, with its source's title (linked), publisher, and the source's page.
import { h } from './dom.js';
import { entityHref } from './paths.js';

/** One piece of evidence as a figure: the quote and who said it. */
export function evidenceFigure(item) {
  const source = item.source;
  const title = source.title ?? source.id;
  return h('figure', { class: 'evidence' },
    h('blockquote', { cite: source.url ?? undefined }, h('p', {}, item.quote)),
    h('figcaption', {},
      h('cite', {}, source.url
        ? h('a', { href: source.url, rel: 'noopener noreferrer', target: '_blank' }, title, h('span', { class: 'visually-hidden' }, ' (opens in a new tab)'))
        : h('a', { href: entityHref(source.id), 'data-nav': true }, title)),
      source.publisher ? h('span', { class: 'evidence__publisher' }, source.publisher) : null,
      source.url ? h('span', { class: 'evidence__source' }, h('a', { href: entityHref(source.id), 'data-nav': true }, 'about this source')) : null));
}

/** A list of evidence figures. */
export function evidenceList(items) {
  return h('div', { class: 'evidence-list' }, items.map(evidenceFigure));
}
