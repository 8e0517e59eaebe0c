// The Explorer's browser journey, driven with playwright-core and Debian's chromium:
//   search → entity page → evidence → graph → navigate (a graph node, then a fact link)
// at 1280 and 390 pixels wide, failing on any console error, page error or failed local request, with basic
// accessibility checks (names, headings, focus) on every page; then GraphiQL opened from an entity page.
// Usage: node tools/explorer-e2e.mjs <base-url> <screenshot-dir> [chromium-path]
// Prints a JSON report on stdout; exits 0 when every step passed.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const [baseArg, shotsArg, chromiumArg] = process.argv.slice(2);
if (!baseArg || !shotsArg) {
  console.error('usage: node tools/explorer-e2e.mjs <base-url> <screenshot-dir> [chromium-path]');
  process.exit(2);
}
const base = new URL(baseArg);
const shots = shotsArg;
mkdirSync(shots, { recursive: true });

const report = { base: base.href, steps: [], screenshots: [], errors: [] };
const userDataDir = mkdtempSync(join(tmpdir(), 'explorer-chromium-'));
const widths = [{ name: 'desktop', width: 1280, height: 900 }, { name: 'mobile', width: 390, height: 844 }];

function step(name, detail) {
  report.steps.push(detail ? `${name}: ${detail}` : name);
}

function check(condition, message) {
  if (!condition) throw new Error(message);
}

async function shot(page, name) {
  const path = join(shots, `${name}.png`);
  await page.screenshot({ path, fullPage: false });
  report.screenshots.push(path);
}

// Basic accessibility of what is on screen: the document's language, one h1, headings that skip no level,
// a name for every form control, button, link and image, and ids that are unique (ARIA references rely on them).
async function audit(page, where) {
  const problems = await page.evaluate(() => {
    const found = [];
    const visible = (el) => !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length);
    const text = (el) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const named = (el) => {
      if (el.getAttribute('aria-label')?.trim()) return true;
      const by = el.getAttribute('aria-labelledby');
      if (by && by.split(/\s+/).some((id) => text(document.getElementById(id)))) return true;
      if (el.labels && [...el.labels].some((label) => text(label))) return true;
      if (el.tagName === 'IMG') return el.hasAttribute('alt');
      return !!(text(el) || el.getAttribute('title')?.trim() || el.querySelector('img[alt]:not([alt=""])'));
    };
    if (!document.documentElement.lang) found.push('the document has no lang');
    if (!document.title.trim()) found.push('the document has no title');
    const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].filter(visible);
    const h1s = headings.filter((el) => el.tagName === 'H1');
    if (h1s.length !== 1) found.push(`${h1s.length} visible h1 elements`);
    let previous = 0;
    for (const heading of headings) {
      const level = Number(heading.tagName[1]);
      if (previous && level > previous + 1) found.push(`heading "${text(heading)}" (h${level}) follows an h${previous}`);
      if (!text(heading)) found.push(`an empty h${level}`);
      previous = level;
    }
    for (const el of document.querySelectorAll('input:not([type=hidden]), select, textarea, button, a[href], img, [role=combobox], [role=listbox], [role=img]')) {
      if (!named(el)) found.push(`unnamed ${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.className ? '.' + String(el.className).split(' ')[0] : ''}`);
    }
    const ids = new Map();
    for (const el of document.querySelectorAll('[id]')) ids.set(el.id, (ids.get(el.id) ?? 0) + 1);
    for (const [id, count] of ids) if (count > 1) found.push(`id "${id}" used ${count} times`);
    if (!document.querySelector('main')) found.push('no main landmark');
    return found;
  });
  check(problems.length === 0, `accessibility at ${where}: ${problems.join('; ')}`);
}

// The element with keyboard focus shows a visible focus indicator (an outline or a ring).
async function focusVisible(page, what) {
  const style = await page.evaluate(() => {
    const el = document.activeElement;
    const css = el && getComputedStyle(el);
    return css ? { outline: css.outlineStyle, width: parseFloat(css.outlineWidth), shadow: css.boxShadow, tag: el.tagName } : null;
  });
  check(style && ((style.outline !== 'none' && style.width > 0) || style.shadow !== 'none'),
    `${what} shows no focus indicator: ${JSON.stringify(style)}`);
}

async function journey(context, viewport) {
  const page = await context.newPage();
  await page.setViewportSize({ width: viewport.width, height: viewport.height });
  const problems = [];
  page.on('console', (message) => { if (message.type() === 'error') problems.push(`console: ${message.text()}`); });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  // ERR_ABORTED is the page itself cancelling a request (a superseded search as the analyst types, or leaving the
  // page); a server that fails answers with a status, checked below.
  page.on('requestfailed', (request) => {
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && new URL(response.url()).origin === base.origin) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  const at = (what) => `[${viewport.name}] ${what}`;

  // Home, then search with the keyboard: type, arrow down, Enter.
  await page.goto(new URL('/', base).href, { waitUntil: 'networkidle' });
  await page.getByRole('heading', { level: 1 }).waitFor();
  const box = page.getByRole('combobox', { name: 'Search the graph' });
  check(await box.getAttribute('type') === 'search', 'the search box is not an input type=search');
  await audit(page, at('home'));
  await shot(page, `${viewport.name}-1-home`);
  step(at('home'), await page.title());

  // The keyboard's first stop is the skip link, visibly focused; it moves focus to the content.
  await page.keyboard.press('Tab');
  check(await page.evaluate(() => document.activeElement?.classList.contains('skip-link')), 'the skip link is not the first focus stop');
  await focusVisible(page, 'the skip link');
  await page.keyboard.press('Enter');
  check(await page.evaluate(() => document.activeElement?.id === 'main'), 'the skip link does not move focus to the content');

  // Enter with no suggestion chosen opens the full results, grouped by type.
  await box.fill('dust');
  await box.press('Enter');
  await page.waitForURL('**/?q=dust');
  await page.getByRole('heading', { level: 1, name: /Results for/ }).waitFor();
  const resultGroups = await page.locator('.results h2').allTextContents();
  check(resultGroups.length >= 2, `results are not grouped by type: ${resultGroups.join(', ')}`);
  await audit(page, at('results'));
  step(at('results'), resultGroups.map((g) => g.replace(/\s+/g, ' ')).join(', '));
  await box.fill('');

  await box.click();
  // On a slow machine a pause between keys lets a suggestion request for a prefix ("pneum") go out; its list is
  // replaced when the answer for the whole word arrives. Wait for that answer, so the keys act on the final list.
  await box.pressSequentially('pneumo', { delay: 40 });
  await page.locator('[role="listbox"][data-query="pneumo"]').waitFor();
  const listbox = page.getByRole('listbox', { name: 'Suggestions' });
  await listbox.waitFor({ state: 'visible' });
  const option = listbox.getByRole('option').filter({ hasText: 'Pneumoconiosis' }).first();
  await option.waitFor();
  const groups = await listbox.getByRole('group').count();
  check(groups >= 1, 'suggestions are not grouped by type');
  await shot(page, `${viewport.name}-2-suggestions`);
  step(at('suggestions'), `${await listbox.getByRole('option').count()} options in ${groups} groups`);

  // Arrow keys to the Pneumoconiosis disease, then Enter.
  const options = await listbox.getByRole('option').allTextContents();
  const target = options.findIndex((text) => text.startsWith('Pneumoconiosis') && text.includes('Disease'));
  check(target >= 0, `no Pneumoconiosis disease among the suggestions: ${options.join(' | ')}`);
  for (let i = 0; i <= target; i++) await box.press('ArrowDown');
  check(await listbox.getByRole('option').nth(target).getAttribute('aria-selected') === 'true', 'the arrow keys did not select the suggestion');
  await box.press('Enter');
  await page.waitForURL('**/entity/disease:pneumoconiosis');
  const heading = page.getByRole('heading', { level: 1, name: 'Pneumoconiosis' });
  await heading.waitFor();
  check(await page.evaluate(() => document.activeElement?.tagName === 'H1'), 'focus did not move to the new page\'s heading');
  step(at('entity page'), page.url());

  // Evidence: quotes with their sources.
  const quotes = page.locator('.evidence blockquote');
  check(await quotes.count() >= 1, 'no evidence blockquote on the entity page');
  check(await page.locator('.evidence figcaption cite').first().textContent() !== '', 'evidence without a source title');
  step(at('evidence'), `${await quotes.count()} quotes`);

  // Coverage table and the links out.
  const coverage = page.getByRole('table');
  await coverage.waitFor();
  check(await coverage.locator('tbody tr').count() >= 1, 'the coverage table is empty');
  const graphiql = page.getByRole('link', { name: 'Open this query in GraphiQL' });
  check((await graphiql.getAttribute('href')).includes('#query='), 'GraphiQL link does not carry the query');
  check(await page.getByRole('link', { name: /\/api\/v1\/entities\/disease:pneumoconiosis/ }).count() === 1, 'no REST link');
  for (const format of ['JSON', 'CSV', 'GraphML', 'Cypher']) {
    check(await page.locator(`a[href$="api/v1/export?format=${format.toLowerCase()}"]`).count() >= 1, `no ${format} export link`);
  }
  check(await page.locator('.fact-group h3').count() >= 1, 'facts are not grouped by relationship');

  // The graph: drawn, with the entity and its neighbours.
  const graph = page.getByTestId('neighbourhood');
  await graph.locator('canvas').first().waitFor();
  const nodes = await page.evaluate(() => window.explorer.graph.nodes().length);
  check(nodes >= 2, `the graph shows ${nodes} nodes`);
  check(await graph.locator('.legend li').count() >= 2, 'no legend');
  await page.waitForTimeout(200);
  await shot(page, `${viewport.name}-3-entity`);
  await graph.scrollIntoViewIfNeeded();
  await audit(page, at('entity page'));
  await graph.screenshot({ path: join(shots, `${viewport.name}-4-graph.png`) });
  report.screenshots.push(join(shots, `${viewport.name}-4-graph.png`));
  step(at('graph'), `${nodes} nodes`);

  // Expand a neighbour with the keyboard-usable control.
  await graph.getByRole('combobox', { name: 'Expand' }).selectOption({ index: 0 });
  await graph.getByRole('button', { name: 'Show neighbours' }).click();
  await page.waitForFunction((before) => window.explorer.graph.nodes().length > before, nodes, { timeout: 10000 }).catch(() => {});
  const expandedNodes = await page.evaluate(() => window.explorer.graph.nodes().length);
  check(expandedNodes >= nodes, 'expanding lost nodes');
  step(at('expand'), `${nodes} → ${expandedNodes} nodes`);

  // Navigate by clicking a graph node: the hazard that causes the disease.
  const point = await page.evaluate(() => {
    const cy = window.explorer.graph;
    const node = cy.getElementById('hazard:dust');
    cy.fit(undefined, 30);
    const p = node.renderedPosition();
    const r = cy.container().getBoundingClientRect();
    return { x: r.left + p.x, y: r.top + p.y };
  });
  await page.mouse.click(point.x, point.y);
  await page.waitForURL('**/entity/hazard:dust', { timeout: 10000 });
  await page.getByRole('heading', { level: 1, name: 'Workplace dust' }).waitFor();
  step(at('graph click'), page.url());

  // Navigate by a fact link, then back with the browser's history.
  const factLink = page.locator('.facts').getByRole('link', { name: 'Pneumoconiosis', exact: true }).first();
  await factLink.click();
  await page.waitForURL('**/entity/disease:pneumoconiosis');
  await page.getByRole('heading', { level: 1, name: 'Pneumoconiosis' }).waitFor();
  await page.goBack();
  await page.getByRole('heading', { level: 1, name: 'Workplace dust' }).waitFor();
  step(at('fact link and back'), page.url());

  // A program's timeline.
  await page.goto(new URL('/entity/program:us-china-labor-dialogue', base).href, { waitUntil: 'networkidle' });
  const timeline = page.locator('.timeline__item');
  await timeline.first().waitFor();
  const dates = await page.locator('.timeline__date').allTextContents();
  check(dates.join('|') === [...dates].sort().join('|'), `the timeline is not sorted: ${dates.join(', ')}`);
  await audit(page, at('program page'));
  // Facts name the roles agencies play.
  check(await page.locator('.facts .chip').count() >= 1, 'no role shown among the program\'s facts');
  await shot(page, `${viewport.name}-5-program`);
  step(at('timeline'), `${dates.length} events`);

  // Nothing overflows sideways at this width.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  check(overflow <= 1, `the page scrolls sideways by ${overflow}px at ${viewport.width}px`);

  // One entity of every type: its page renders, reads well to assistive technology and fits the width.
  const ids = await page.evaluate(async () => {
    const collections = ['hazards', 'diseases', 'programs', 'events', 'agencies', 'people', 'regulations', 'topics', 'sectors', 'countries', 'sources'];
    const query = `{ ${collections.map((c) => `${c}(first: 1) { nodes { id } }`).join(' ')} }`;
    const response = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    const { data } = await response.json();
    return collections.map((c) => data[c].nodes[0]?.id).filter(Boolean);
  });
  check(ids.length === 11, `expected an entity of each of the 11 types, got ${ids.join(', ')}`);
  for (const id of ids) {
    await page.goto(new URL(`/entity/${id}`, base).href, { waitUntil: 'networkidle' });
    await page.locator('.entity h1').waitFor();
    await page.getByTestId('neighbourhood').locator('canvas').first().waitFor();
    await audit(page, at(id));
    const wide = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    check(wide <= 1, `${id}: the page scrolls sideways by ${wide}px at ${viewport.width}px`);
  }
  step(at('every type'), ids.join(', '));

  // An unknown id gets a page that says so.
  await page.goto(new URL('/entity/disease:no-such-thing', base).href, { waitUntil: 'networkidle' });
  await page.getByRole('heading', { level: 1, name: 'Not found' }).waitFor();
  step(at('unknown id'), 'Not found');

  if (problems.length) throw new Error(problems.join('\n'));
  await page.close();
}

// "Open this query in GraphiQL": GraphiQL opens with the entity's query, and running it answers with the entity.
async function graphiqlPrefill(context) {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => { if (message.type() === 'error') problems.push(`console: ${message.text()}`); });
  await page.goto(new URL('/entity/disease:pneumoconiosis', base).href, { waitUntil: 'networkidle' });
  await page.getByRole('link', { name: 'Open this query in GraphiQL' }).click();
  await page.waitForURL('**/graphql#query=*');
  const editor = page.locator('.graphiql-query-editor .CodeMirror').first();
  await editor.waitFor({ timeout: 30000 });
  await page.waitForFunction(() => document.querySelector('.graphiql-query-editor .CodeMirror')?.CodeMirror?.getValue().includes('disease:pneumoconiosis'),
    undefined, { timeout: 15000 });
  await page.getByRole('button', { name: /Execute query/ }).click();
  await page.waitForFunction(() => /"name": "Pneumoconiosis"/.test(document.querySelector('.result-window .CodeMirror')?.CodeMirror?.getValue() ?? ''),
    undefined, { timeout: 15000 });
  await shot(page, 'desktop-6-graphiql');
  step('[desktop] GraphiQL', 'opens with the entity query and runs it');
  if (problems.length) throw new Error(problems.join('\n'));
  await page.close();
}

let browser;
let ok = false;
try {
  // A persistent context is how Playwright takes a user data directory: a fresh one, removed afterwards.
  browser = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumArg || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
    deviceScaleFactor: 1,
    timeout: 60000,
  });
  browser.setDefaultTimeout(15000);
  for (const viewport of widths) {
    await journey(browser, viewport);
  }
  await graphiqlPrefill(browser);
  ok = true;
} catch (error) {
  report.errors.push(String(error?.stack ?? error));
} finally {
  await browser?.close().catch(() => {});
  rmSync(userDataDir, { recursive: true, force: true });
}
report.ok = ok;
console.log(JSON.stringify(report, null, 2));
process.exit(ok ? 0 : 1);
