// The search box: a combobox (ARIA 1.2) whose listbox shows suggestions as you type, grouped by type.
// Arrow keys move through the suggestions, Enter opens one (or, with none chosen, the full results page),
// Escape closes the list.
import { graphql } from './api.js';
import { h, clear } from './dom.js';
import { badge } from './badge.js';
import { labels, plural } from './labels.js';
import { searchQuery } from './queries.js';
import { entityHref, homeHref } from './paths.js';

const debounceMs = 180;

/** Groups hits by their entity's label, in the order of labels.js, keeping each group's rank order. */
export function groupHits(hits) {
  const groups = new Map();
  for (const hit of hits) {
    const label = hit.entity.__typename;
    if (!groups.has(label)) groups.set(label, []);
    groups.get(label).push(hit);
  }
  return [...groups.entries()].sort(([a], [b]) => rank(a) - rank(b));
}

function rank(label) {
  const index = labels.indexOf(label);
  return index < 0 ? labels.length : index;
}

/** Renders a snippet whose [bracketed] words are the matches, as text with <mark>s. */
export function snippet(text) {
  const parts = [];
  const pattern = /\[([^\]]*)\]/g;
  let last = 0;
  for (let match; (match = pattern.exec(text)); last = pattern.lastIndex) {
    parts.push(text.slice(last, match.index), h('mark', {}, match[1]));
  }
  parts.push(text.slice(last));
  return parts;
}

/** Wires the search form; navigate(url) is the router's. */
export function setupSearch(navigate) {
  const form = document.getElementById('search-form');
  const input = document.getElementById('search-input');
  const list = document.getElementById('search-suggestions');
  const status = document.getElementById('search-status');
  let options = [];
  let active = -1;
  let timer = 0;
  let controller = null;

  function close() {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function setActive(index) {
    options.forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    active = index;
    if (index >= 0) {
      input.setAttribute('aria-activedescendant', options[index].id);
      options[index].scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  function open(href) {
    close();
    navigate(href);
  }

  function render(text, hits) {
    clear(list);
    options = [];
    active = -1;
    if (hits.length === 0) {
      list.append(h('p', { class: 'suggestions__empty' }, `Nothing matches “${text}”.`));
    }
    for (const [label, group] of groupHits(hits)) {
      const headingId = `suggestions-${label.toLowerCase()}`;
      const section = h('div', { role: 'group', 'aria-labelledby': headingId, class: 'suggestions__group' },
        h('div', { id: headingId, class: 'suggestions__heading', role: 'presentation' }, plural(label)));
      for (const hit of group) {
        const index = options.length;
        const href = entityHref(hit.entity.id);
        const option = h('div', {
          id: `suggestion-${index}`, role: 'option', class: 'suggestion', 'aria-selected': 'false', dataset: { href },
          onmousedown: (event) => event.preventDefault(),
          onclick: () => open(href),
          onmousemove: () => { if (active !== index) setActive(index); },
        },
        h('span', { class: 'suggestion__name' }, hit.entity.name, ' ', badge(label)),
        hit.snippet ? h('span', { class: 'suggestion__snippet' }, snippet(hit.snippet)) : null);
        options.push(option);
        section.append(option);
      }
      list.append(section);
    }
    list.dataset.query = text; // which text these suggestions answer (tests wait for the final one)
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    status.textContent = hits.length === 0 ? 'No suggestions.' : `${hits.length} suggestions; use the arrow keys to choose.`;
  }

  async function suggest() {
    const text = input.value.trim();
    controller?.abort();
    if (text.length < 2) {
      close();
      return;
    }
    controller = new AbortController();
    try {
      const data = await graphql(searchQuery, { text, first: 12 }, controller.signal);
      if (input.value.trim() === text) render(text, data.search);
    } catch (error) {
      if (error.name !== 'AbortError') {
        clear(list).append(h('p', { class: 'suggestions__empty' }, `Search failed: ${error.message}`));
        list.hidden = false;
      }
    }
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(suggest, debounceMs);
  });

  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (list.hidden) {
        if (options.length) { list.hidden = false; input.setAttribute('aria-expanded', 'true'); }
        else return;
      }
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      const next = active < 0 ? (step > 0 ? 0 : options.length - 1) : (active + step + options.length) % options.length;
      setActive(next);
    } else if (event.key === 'Enter' && !list.hidden && active >= 0) {
      event.preventDefault();
      open(options[active].dataset.href);
    } else if (event.key === 'Escape') {
      if (!list.hidden) { event.preventDefault(); close(); }
    }
  });

  input.addEventListener('blur', () => setTimeout(close, 120));

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    open(`${homeHref}?q=${encodeURIComponent(text)}`);
  });

  return {
    /** Puts text in the box without suggesting. */
    set(text) {
      input.value = text;
      close();
    },
  };
}
