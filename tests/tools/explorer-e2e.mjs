// The Explorer's browser journey, driven with playwright-core and Debian's chromium:
//   search → entity page → evidence → graph → navigate (a graph node, then a fact link)
// at 1280 and 390 pixels wide, failing on any console error, page error or failed local request.
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

async function journey(context, viewport) {
  const page = await context.newPage();
  await page.setViewportSize({ width: viewport.width, height: viewport.height });
  const problems = [];
  page.on('console', (message) => { if (message.type() === 'error') problems.push(`console: ${message.text()}`); });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`));
  page.on('response', (response) => {
    if (response.status() >= 400 && new URL(response.url()).origin === base.origin) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  const at = (what) => `[${viewport.name}] ${what}`;

  // Home, then search with the keyboard: type, arrow down, Enter.
  await page.goto(new URL('/', base).href, { waitUntil: 'networkidle' });
  await page.getByRole('heading', { level: 1 }).waitFor();
  const box = page.getByRole('combobox', { name: 'Search the graph' });
  check(await box.getAttribute('type') === 'search', 'the search box is not an input type=search');
  await shot(page, `${viewport.name}-1-home`);
  step(at('home'), await page.title());

  await box.click();
  await box.pressSequentially('pneumo', { delay: 40 });
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

  // The graph: drawn, with the entity and its neighbours.
  const graph = page.getByTestId('neighbourhood');
  await graph.locator('canvas').first().waitFor();
  const nodes = await page.evaluate(() => window.explorer.graph.nodes().length);
  check(nodes >= 2, `the graph shows ${nodes} nodes`);
  check(await graph.locator('.legend li').count() >= 2, 'no legend');
  await page.waitForTimeout(200);
  await shot(page, `${viewport.name}-3-entity`);
  await graph.scrollIntoViewIfNeeded();
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
  await shot(page, `${viewport.name}-5-program`);
  step(at('timeline'), `${dates.length} events`);

  // Nothing overflows sideways at this width.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  check(overflow <= 1, `the page scrolls sideways by ${overflow}px at ${viewport.width}px`);

  // The skip link is the first stop of the keyboard.
  await page.keyboard.press('Tab');
  check(await page.evaluate(() => document.activeElement?.classList.contains('skip-link')), 'the skip link is not the first focus stop');

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
