// The neighbourhood graph (Cytoscape.js): the entity, its neighbours and the relationships between them.
// Click (tap) a node to open its page; double-click it, or choose it under "Expand", to add its neighbours.
import { graphql } from './api.js';
import { h, clear } from './dom.js';
import { colour, labels } from './labels.js';
import { neighboursQuery } from './queries.js';
import { entityHref } from './paths.js';

const doubleTapMs = 280;

function shortName(name) {
  return name.length > 34 ? name.slice(0, 32).trimEnd() + '…' : name;
}

function nodeData(entity) {
  return { id: entity.id, name: entity.name, short: shortName(entity.name), type: entity.__typename, color: colour(entity.__typename) };
}

function edgeData(fact, from) {
  const [source, target] = fact.direction === 'IN' ? [fact.other.id, from] : [from, fact.other.id];
  return { id: fact.id ?? `${source}|${fact.type}|${target}`, source, target, type: fact.type.replace(/_/g, ' ').toLowerCase() };
}

function style() {
  return [
    { selector: 'node', style: {
      'background-color': 'data(color)', label: 'data(short)', color: '#1f2937', 'font-size': 11,
      'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
      'text-valign': 'bottom', 'text-margin-y': 4, 'text-wrap': 'wrap', 'text-max-width': 120,
      'text-background-color': '#ffffff', 'text-background-opacity': 0.85, 'text-background-padding': 2,
      'text-background-shape': 'roundrectangle', width: 22, height: 22, 'border-width': 2, 'border-color': '#ffffff',
    } },
    { selector: 'node.center', style: { width: 36, height: 36, 'font-weight': 'bold', 'font-size': 12, 'border-color': '#111827', 'border-width': 3 } },
    { selector: 'node.expanded', style: { 'border-color': '#111827', 'border-style': 'double', 'border-width': 4 } },
    { selector: 'node:active, node:selected', style: { 'overlay-opacity': 0.12, 'overlay-color': '#1d4ed8' } },
    { selector: 'edge', style: {
      width: 1.5, 'line-color': '#b6bfcc', 'target-arrow-color': '#b6bfcc', 'target-arrow-shape': 'triangle',
      'arrow-scale': 0.8, 'curve-style': 'bezier', 'font-size': 9, color: '#374151',
      'text-rotation': 'autorotate', 'text-background-color': '#ffffff', 'text-background-opacity': 0.9, 'text-background-padding': 1,
    } },
    // Relationship names show for the edges of the node under the pointer, keeping the picture calm.
    { selector: 'edge.hover', style: { label: 'data(type)', 'line-color': '#64748b', 'target-arrow-color': '#64748b', width: 2, 'z-index': 10 } },
    { selector: 'node.hover', style: { 'z-index': 20 } },
  ];
}

/** Renders the neighbourhood section for an entity whose facts are known; navigate(href) opens a page. */
export function neighbourhood(entity, navigate) {
  const canvas = h('div', {
    class: 'graph__canvas', role: 'img',
    'aria-label': `Graph of ${entity.name} and its ${new Set(entity.facts.map((f) => f.other.id)).size} neighbours. The same relationships are listed under Facts.`,
  });
  const legend = h('ul', { class: 'legend', 'aria-label': 'Legend: node colours by type' });
  const select = h('select', { id: 'expand-node', class: 'graph__select' });
  const status = h('p', { class: 'graph__status', role: 'status', 'aria-live': 'polite' });
  const section = h('section', { class: 'card graph', 'data-testid': 'neighbourhood', 'aria-labelledby': 'graph-heading' },
    h('div', { class: 'card__header' },
      h('h2', { id: 'graph-heading' }, 'Neighbourhood'),
      h('button', { type: 'button', class: 'button button--small', onclick: () => { cy?.fit(undefined, 30); settle(); } }, 'Fit')),
    canvas,
    h('div', { class: 'graph__controls' },
      h('label', { for: 'expand-node' }, 'Expand'),
      select,
      h('button', { type: 'button', class: 'button button--small', onclick: () => select.value && expand(select.value) }, 'Show neighbours')),
    h('p', { class: 'graph__hint' }, 'Click a node to open it; double-click to expand it.'),
    status,
    legend);

  let cy = null;
  const expanded = new Set([entity.id]);

  function refreshControls() {
    const names = cy.nodes().map((n) => n.data()).filter((d) => !expanded.has(d.id)).sort((a, b) => a.name.localeCompare(b.name));
    clear(select).append(...names.map((d) => h('option', { value: d.id }, `${d.name} (${d.type})`)));
    select.disabled = names.length === 0;
    const present = new Set(cy.nodes().map((n) => n.data('type')));
    clear(legend).append(...labels.filter((l) => present.has(l)).map((l) =>
      h('li', {}, h('span', { class: `swatch swatch--${l.toLowerCase()}`, 'aria-hidden': 'true' }), l)));
  }

  function add(from, facts) {
    const elements = [];
    for (const fact of facts) {
      if (cy.getElementById(fact.other.id).empty()) elements.push({ group: 'nodes', data: nodeData(fact.other) });
    }
    for (const fact of facts) {
      const data = edgeData(fact, from);
      if (cy.getElementById(data.id).empty()) elements.push({ group: 'edges', data });
    }
    return cy.add(elements);
  }

  async function expand(id) {
    if (expanded.has(id)) return;
    status.textContent = 'Loading neighbours…';
    try {
      const data = await graphql(neighboursQuery, { id });
      expanded.add(id);
      const added = add(id, data.node?.facts ?? []);
      cy.getElementById(id).addClass('expanded');
      cy.layout({ name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 90, fit: true, padding: 30 }).run();
      settle();
      status.textContent = `Added ${added.nodes().length} nodes around ${data.node?.name ?? id}.`;
      refreshControls();
    } catch (error) {
      status.textContent = `Could not expand: ${error.message}`;
    }
  }

  // A small neighbourhood fitted to the box would be drawn huge: keep it at a readable scale, centred.
  function settle() {
    if (cy.zoom() > 1.1) {
      cy.zoom(1.1);
      cy.center();
    }
  }

  /** Draws the graph; call once the section is in the document (Cytoscape measures its container). */
  function draw() {
    if (typeof window.cytoscape !== 'function') {
      status.textContent = 'The graph library did not load.';
      return;
    }
    cy = window.cytoscape({
      container: canvas, style: style(), elements: [{ group: 'nodes', data: nodeData(entity), classes: 'center' }],
      minZoom: 0.2, maxZoom: 3, wheelSensitivity: 0.3, boxSelectionEnabled: false,
    });
    add(entity.id, entity.facts);
    cy.layout({
      name: 'concentric', concentric: (node) => (node.id() === entity.id ? 2 : 1), levelWidth: () => 1,
      minNodeSpacing: 40, animate: false, padding: 30,
    }).run();
    settle();
    refreshControls();

    let pending = 0;
    cy.on('tap', 'node', (event) => {
      const id = event.target.id();
      clearTimeout(pending);
      if (id === entity.id) return;
      pending = setTimeout(() => navigate(entityHref(id)), doubleTapMs);
    });
    cy.on('dbltap', 'node', (event) => {
      clearTimeout(pending);
      expand(event.target.id());
    });
    cy.on('cxttap', 'node', (event) => expand(event.target.id()));
    cy.on('mouseover', 'node', (event) => {
      canvas.classList.add('graph__canvas--pointer');
      event.target.addClass('hover').connectedEdges().addClass('hover');
    });
    cy.on('mouseout', 'node', (event) => {
      canvas.classList.remove('graph__canvas--pointer');
      event.target.removeClass('hover').connectedEdges().removeClass('hover');
    });
    // A hook for tests and the curious: the live Cytoscape instance.
    window.explorer = { ...(window.explorer ?? {}), graph: cy };
  }

  return { element: section, draw, destroy: () => cy?.destroy() };
}
