// The Explorer's entry point: a tiny router over history.pushState. "/" is the home page (or the results of
// "?q="), "/entity/{id}" an entity's page; links marked data-nav are handled here, everything else by the browser.
import { graphql } from './api.js';
import { h, clear } from './dom.js';
import { entityQuery } from './queries.js';
import { entityPage } from './entity.js';
import { homePage, resultsPage } from './home.js';
import { setupSearch } from './search.js';
import { entityIdOf, homeHref } from './paths.js';

const main = document.getElementById('main');
const siteName = 'Occupational Safety Knowledge Graph';
let current = null;
let generation = 0;

const search = setupSearch(navigate);

/** Opens an app URL without reloading the page. */
function navigate(href) {
  const url = new URL(href, window.location.href);
  if (url.href !== window.location.href) history.pushState({}, '', url);
  render({ focus: true });
}

async function render({ focus }) {
  const mine = ++generation;
  const url = new URL(window.location.href);
  const id = entityIdOf(url.pathname);
  const text = url.searchParams.get('q');
  current?.destroy?.();
  current = null;
  main.setAttribute('aria-busy', 'true');
  try {
    let page;
    if (id) {
      const data = await graphql(entityQuery, { id });
      if (!data.node) throw Object.assign(new Error(`Nothing in the graph has the id “${id}”.`), { notFound: true });
      page = entityPage(data.node, navigate);
      document.title = `${data.node.name} (${data.node.__typename}) · ${siteName}`;
    } else if (text) {
      page = { element: await resultsPage(text) };
      document.title = `“${text}” · ${siteName}`;
    } else if (url.pathname === homeHref) {
      page = { element: await homePage() };
      document.title = `Explorer · ${siteName}`;
    } else {
      throw Object.assign(new Error('There is no page at this address.'), { notFound: true });
    }
    if (mine !== generation) return;
    search.set(text ?? '');
    clear(main).append(page.element);
    current = page;
    page.mounted?.();
  } catch (error) {
    if (mine !== generation) return;
    const notFound = error.notFound || error.code === 'NOT_FOUND';
    document.title = `${notFound ? 'Not found' : 'Error'} · ${siteName}`;
    clear(main).append(h('div', { class: 'message' },
      h('h1', { tabindex: '-1' }, notFound ? 'Not found' : 'Something went wrong'),
      h('p', {}, error.message),
      h('p', {}, h('a', { href: homeHref, 'data-nav': true }, 'Back to the start'))));
  } finally {
    if (mine === generation) main.removeAttribute('aria-busy');
  }
  if (focus && mine === generation) {
    window.scrollTo(0, 0);
    main.querySelector('h1')?.focus({ preventScroll: true });
  }
}

// In-page links ("#main", the skip link): the <base> element would resolve them against /explorer/, so they
// move focus here instead of letting the browser leave the page.
document.addEventListener('click', (event) => {
  const link = event.target.closest?.('a[href^="#"]');
  if (!link || event.defaultPrevented) return;
  const target = document.getElementById(decodeURIComponent(link.getAttribute('href').slice(1)));
  if (!target) return;
  event.preventDefault();
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: true });
  target.scrollIntoView({ block: 'start' });
});

document.addEventListener('click', (event) => {
  const link = event.target.closest?.('a[data-nav]');
  if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const url = new URL(link.href);
  if (url.origin !== window.location.origin) return;
  event.preventDefault();
  navigate(url.href);
});

window.addEventListener('popstate', () => render({ focus: true }));
render({ focus: false });
