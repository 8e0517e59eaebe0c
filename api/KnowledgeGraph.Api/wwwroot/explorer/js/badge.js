// The coloured type badge shown next to a name, and links to entity pages.
import { h } from './dom.js';
import { entityHref } from './paths.js';

/** A small badge naming a label, coloured like the graph. */
export function badge(label) {
  return h('span', { class: `badge badge--${label.toLowerCase()}` }, label);
}

/** A link to an entity's page, handled by the app's router. */
export function entityLink(entity, attributes = {}) {
  return h('a', { href: entityHref(entity.id), 'data-nav': true, ...attributes }, entity.name);
}
