// The home page (what the graph holds, with entry points) and the full search results page.
import { graphql } from './api.js';
import { h } from './dom.js';
import { badge, entityLink } from './badge.js';
import { plural } from './labels.js';
import { groupHits, snippet } from './search.js';
import { searchQuery } from './queries.js';
import { entityHref, homeHref } from './paths.js';

const overviewQuery = `query Overview {
  hazards(first: 8, order: [{ name: ASC }]) { totalCount nodes { __typename id name } }
  diseases(first: 8, order: [{ name: ASC }]) { totalCount nodes { __typename id name } }
  programs(first: 8, order: [{ startDate: DESC }]) { totalCount nodes { __typename id name } }
  agencies { totalCount }
  events { totalCount }
  people { totalCount }
  regulations { totalCount }
}`;

const examples = [['Pneumoconiosis', 'disease:pneumoconiosis'], ['Workplace dust', 'hazard:dust'], ['Mine safety', null], ['Collective bargaining', null]];

/** The home page. */
export async function homePage() {
  const data = await graphql(overviewQuery);
  const collection = (label, connection) => h('section', { class: 'card overview', 'aria-labelledby': `overview-${label}` },
    h('div', { class: 'card__header' }, h('h2', { id: `overview-${label}` }, plural(label), ' ', h('span', { class: 'count' }, String(connection.totalCount)))),
    h('ul', { class: 'overview__list' }, connection.nodes.map((node) => h('li', {}, entityLink(node)))));
  const counts = [['Agency', data.agencies], ['Event', data.events], ['Person', data.people], ['Regulation', data.regulations]];
  return h('div', { class: 'home' },
    h('section', { class: 'hero' },
      h('h1', { tabindex: '-1' }, 'Explore occupational disease and workplace safety'),
      h('p', { class: 'hero__lead' }, 'Hazards, the diseases they cause, and the programs, events, agencies and people that address them — every fact with a verbatim quote from its source.'),
      h('p', { class: 'hero__try' }, 'Try: ', examples.map(([text, id], i) => [i ? ' ' : '',
        h('a', { class: 'chip chip--link', 'data-nav': true, href: id ? entityHref(id) : `${homeHref}?q=${encodeURIComponent(text)}` }, text)])),
      h('ul', { class: 'stats', 'aria-label': 'More in the graph' }, counts.map(([label, c]) => h('li', {}, h('strong', {}, String(c.totalCount)), ' ', plural(label).toLowerCase())))),
    h('div', { class: 'overview-grid' },
      collection('Hazard', data.hazards), collection('Disease', data.diseases), collection('Program', data.programs)));
}

/** The full results of a search, grouped by type. */
export async function resultsPage(text) {
  const data = await graphql(searchQuery, { text, first: 50 });
  const groups = groupHits(data.search);
  return h('div', { class: 'results' },
    h('h1', { tabindex: '-1' }, `Results for “${text}”`),
    h('p', { class: 'muted' }, data.search.length ? `${data.search.length} matches, names and aliases first.` : 'Nothing matches; try another word or an acronym.'),
    groups.map(([label, hits]) => h('section', { class: 'card', 'aria-labelledby': `results-${label}` },
      h('div', { class: 'card__header' }, h('h2', { id: `results-${label}` }, plural(label), ' ', h('span', { class: 'count' }, String(hits.length)))),
      h('ul', { class: 'results__list' }, hits.map((hit) => h('li', { class: 'result' },
        h('div', {}, entityLink(hit.entity, { class: 'result__name' }), ' ', badge(label)),
        hit.snippet ? h('p', { class: 'result__snippet' }, snippet(hit.snippet)) : null))))));
}
