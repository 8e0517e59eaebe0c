// The entity page: heading, properties, aliases, evidence, coverage or timeline, facts, graph and links.
import { h } from './dom.js';
import { badge, entityLink } from './badge.js';
import { evidenceList } from './evidence.js';
import { humanize, phrase } from './labels.js';
import { graphiqlHref, restEntityHref, exportHref } from './paths.js';
import { graphiqlQueryFor } from './queries.js';
import { neighbourhood } from './graph.js';

// The properties each label shows, as [field, caption, format?].
const properties = {
  Hazard: [['category', 'Category', humanize]],
  Disease: [['icd10', 'ICD-10'], ['icd11', 'ICD-11']],
  Program: [['kind', 'Kind', humanize], ['startDate', 'Started'], ['endDate', 'Ended']],
  Event: [['eventKind', 'Kind', humanize], ['startDate', 'Date'], ['endDate', 'Until'], ['location', 'Location']],
  Agency: [['agencyKind', 'Kind', humanize], ['acronym', 'Acronym']],
  Person: [['title', 'Title']],
  Regulation: [['regulationKind', 'Kind', humanize], ['jurisdiction', 'Jurisdiction'], ['adopted', 'Adopted']],
  Country: [['code', 'ISO code']],
  Source: [['sourceKind', 'Kind', humanize], ['title', 'Title'], ['publisher', 'Publisher'], ['published', 'Published'], ['file', 'File'], ['url', 'URL']],
};

function propertyList(entity) {
  const rows = [['id', 'Id']].concat(properties[entity.__typename] ?? [])
    .filter(([field]) => entity[field] !== null && entity[field] !== undefined && entity[field] !== '');
  return h('dl', { class: 'properties' }, rows.map(([field, caption, format]) => h('div', { class: 'properties__row' },
    h('dt', {}, caption),
    h('dd', {}, field === 'url'
      ? h('a', { href: entity.url, rel: 'noopener noreferrer' }, entity.url)
      : field === 'id' ? h('code', {}, entity.id) : (format ? format(entity[field]) : entity[field])))));
}

function card(id, title, ...content) {
  return h('section', { class: 'card', 'aria-labelledby': id }, h('div', { class: 'card__header' }, h('h2', { id }, title)), ...content);
}

function plural(count, one, many) {
  return `${count} ${count === 1 ? one : many}`;
}

function factsSection(entity) {
  const groups = new Map();
  for (const fact of entity.facts) {
    const key = `${fact.type}|${fact.direction}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(fact);
  }
  if (groups.size === 0) return card('facts-heading', 'Facts', h('p', { class: 'muted' }, 'No relationships recorded.'));
  const sorted = [...groups.entries()].sort(([a], [b]) => a.localeCompare(b));
  return card('facts-heading', `Facts (${entity.facts.length})`,
    sorted.map(([key, facts]) => {
      const [type, direction] = key.split('|');
      const headingId = `facts-${type.toLowerCase()}-${direction.toLowerCase()}`;
      return h('section', { class: 'fact-group', 'aria-labelledby': headingId },
        h('h3', { id: headingId }, phrase(type, direction), ' ',
          h('span', { class: 'fact-group__type' }, `${direction === 'IN' ? '←' : '→'} ${type}`), ' ',
          h('span', { class: 'count' }, String(facts.length))),
        h('ul', { class: 'facts' }, facts
          .sort((a, b) => a.other.name.localeCompare(b.other.name))
          .map((fact) => h('li', { class: 'fact' },
            h('div', { class: 'fact__line' },
              entityLink(fact.other, { class: 'fact__link' }), ' ', badge(fact.other.__typename),
              fact.role ? h('span', { class: 'chip', title: 'Role' }, humanize(fact.role)) : null,
              fact.title ? h('span', { class: 'chip chip--plain', title: 'Title' }, fact.title) : null),
            fact.evidence.length ? h('details', { class: 'fact__evidence' },
              h('summary', {}, `Evidence (${fact.evidence.length})`), evidenceList(fact.evidence)) : null))));
    }));
}

function coverageSection(entity) {
  const rows = entity.coveredBy ?? [];
  const body = rows.length === 0
    ? h('p', { class: 'muted' }, 'No program covers this yet.')
    : h('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': 'Coverage table (scrolls sideways)' },
      h('table', { class: 'coverage' },
        h('caption', { class: 'visually-hidden' }, `Programs covering ${entity.name}, direct first, then by path length`),
        h('thead', {}, h('tr', {}, ['Program', 'Kind', 'Direct', 'Explanation'].map((c) => h('th', { scope: 'col' }, c)))),
        h('tbody', {}, rows.map((row) => h('tr', {},
          h('th', { scope: 'row' }, entityLink(row.program), row.program.startDate ? h('span', { class: 'muted small' }, ` since ${row.program.startDate}`) : null),
          h('td', {}, humanize(row.program.kind)),
          h('td', {}, row.direct ? h('span', { class: 'yes' }, 'Yes') : h('span', { class: 'no' }, 'No')),
          h('td', {}, h('ol', { class: 'path' }, row.path.steps.map((step) => h('li', {},
            entityLink(step.from), ' ',
            h('span', { class: 'path__type' }, step.reversed ? `← ${step.type}` : `${step.type} →`), ' ',
            entityLink(step.to))))))))));
  return card('coverage-heading', `Covered by (${rows.length})`,
    h('p', { class: 'card__intro' }, 'Programs that address it, address a hazard that causes it, held an event that covered it, or have a subprogram that does.'),
    body);
}

function timelineSection(entity) {
  const events = [...(entity.events ?? [])].sort((a, b) =>
    (a.startDate ?? '\uffff').localeCompare(b.startDate ?? '\uffff') || a.name.localeCompare(b.name));
  const body = events.length === 0
    ? h('p', { class: 'muted' }, 'No events recorded for this program.')
    : h('ol', { class: 'timeline' }, events.map((event) => h('li', { class: 'timeline__item' },
      h('time', { class: 'timeline__date', datetime: event.startDate ?? undefined }, event.startDate ?? 'Undated',
        event.endDate && event.endDate !== event.startDate ? ` – ${event.endDate}` : ''),
      h('div', { class: 'timeline__body' },
        entityLink(event, { class: 'timeline__name' }),
        h('span', { class: 'muted small' }, [humanize(event.kind), event.location].filter(Boolean).join(' · '))))));
  return card('timeline-heading', `Timeline (${plural(events.length, 'event', 'events')})`, body);
}

function linksSection(entity) {
  return card('links-heading', 'Data',
    h('ul', { class: 'links' },
      h('li', {}, h('a', { href: graphiqlHref(graphiqlQueryFor(entity.id, entity.__typename)), class: 'button button--primary' }, 'Open this query in GraphiQL')),
      h('li', {}, h('a', { href: restEntityHref(entity.id), class: 'button' }, 'REST: ', h('code', {}, `/api/v1/entities/${entity.id}`))),
      h('li', { class: 'links__exports' }, 'Export the graph: ',
        ['json', 'csv', 'graphml', 'cypher'].map((format, i) => [i ? ' · ' : '', h('a', { href: exportHref(format) }, format.toUpperCase())]))));
}

/** Renders an entity into main; returns a function to call once it is in the document. */
export function entityPage(entity, navigate) {
  const type = entity.__typename;
  const graph = neighbourhood(entity, navigate);
  const body = [
    card('evidence-heading', `Evidence (${entity.evidence.length})`, entity.evidence.length
      ? evidenceList(entity.evidence) : h('p', { class: 'muted' }, 'No evidence recorded.')),
    type === 'Disease' || type === 'Hazard' ? coverageSection(entity) : null,
    type === 'Program' ? timelineSection(entity) : null,
    factsSection(entity),
  ];
  const element = h('article', { class: 'entity' },
    h('header', { class: 'entity__header' },
      h('p', { class: 'entity__type' }, badge(type)),
      h('h1', { tabindex: '-1' }, entity.name),
      entity.description ? h('p', { class: 'entity__description' }, entity.description) : null,
      propertyList(entity),
      entity.aliases.length ? h('div', { class: 'aliases' },
        h('h2', { class: 'aliases__heading' }, 'Also known as'),
        h('ul', {}, entity.aliases.map((alias) => h('li', {}, alias)))) : null),
    h('div', { class: 'entity__layout' },
      h('div', { class: 'entity__aside' }, graph.element, linksSection(entity)),
      h('div', { class: 'entity__body' }, body)));
  return { element, mounted: graph.draw, destroy: graph.destroy };
}
