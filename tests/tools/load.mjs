// HTTP load test of the GraphQL endpoint: starts the API (built in Release) on a SQLite store, measures cold
// start to the first answer, runs fixed queries with autocannon and prints requests/s, latency percentiles, the
// ratio to the server's own floor `{ __typename }` measured in the same run, and the server's memory.
//
//   dotnet build -c Release api/KnowledgeGraph.Api
//   node tests/tools/load.mjs                          # curated graph, seeded into a fresh store
//   node tests/tools/load.mjs --data DIR               # a dataset directory (e.g. from `seed generate`), seeded at start
//   node tests/tools/load.mjs --db FILE                # an already imported store (e.g. by `seed import --db FILE`)
//   options: --duration S (10)  --warmup S (2, per query, unmeasured)  --connections N (16)  --port P (5199)  --only name,name  --json
//            --response-cache on|off (on, the API's default; off: every request is executed, which is what latency
//            targets on one repeated query must measure)
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, arg, i, all) => {
  if (arg.startsWith('--')) pairs.push([arg.slice(2), all[i + 1]?.startsWith('--') || all[i + 1] === undefined ? 'true' : all[i + 1]]);
  return pairs;
}, []));
const duration = Number(args.duration ?? 10);
const warmup = Number(args.warmup ?? 2);
const connections = Number(args.connections ?? 16);
const port = Number(args.port ?? 5199);
const responseCache = args['response-cache'] ?? 'on';
if (!['on', 'off'].includes(responseCache)) {
  console.error(`--response-cache takes on or off, not ${responseCache}.`);
  process.exit(2);
}
const dll = resolve(args.dll ?? join(root, 'api', 'KnowledgeGraph.Api', 'bin', 'Release', 'net10.0', 'KnowledgeGraph.Api.dll'));
if (!existsSync(dll)) {
  console.error(`${dll} not found: run \`dotnet build -c Release api/KnowledgeGraph.Api\` first (or pass --dll).`);
  process.exit(2);
}

// A fresh store unless --db names one; rate and size limits raised so the limits are not what is measured.
const scratch = mkdtempSync(join(tmpdir(), 'kg-load-'));
const env = {
  ...process.env,
  ASPNETCORE_URLS: `http://127.0.0.1:${port}`,
  ASPNETCORE_ENVIRONMENT: 'Production',
  Logging__LogLevel__Default: 'Warning',
  Store__Kind: 'Sqlite',
  Store__Sqlite__Path: args.db ? resolve(args.db) : join(scratch, 'graph.db'),
  Seed__Enabled: args.db ? 'false' : 'true',
  Seed__DataDirectory: args.data ? resolve(args.data) : '',
  Limits__RequestsPerMinute: '1000000000',
  Limits__MaxCost: '1000000',
  Limits__ExecutionTimeoutSeconds: '60',
  ResponseCache__Enabled: responseCache === 'off' ? 'false' : 'true',
};

const url = `http://127.0.0.1:${port}/graphql`;
// Nearest-rank percentile of response times (ms).
const percentile = (times, p) => {
  if (times.length === 0) return NaN;
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const post = async (query, variables) => {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return { status: response.status, body: await response.json() };
};

// Another server on the port would answer the cold-start loop and be measured instead.
if (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' }).then(() => true, () => false)) {
  console.error(`Something already answers on port ${port}: stop it or pass --port.`);
  process.exit(2);
}

const started = performance.now();
const server = spawn('dotnet', [dll], { env, cwd: dirname(dll), stdio: ['ignore', 'inherit', 'inherit'] });
let exited = false;
server.on('exit', () => { exited = true; });
const stop = () => { if (!exited) server.kill('SIGTERM'); rmSync(scratch, { recursive: true, force: true }); };
process.on('SIGINT', () => { stop(); process.exit(130); });

const memory = () => {
  const status = readFileSync(`/proc/${server.pid}/status`, 'utf8');
  const kb = (key) => Number(status.match(new RegExp(`^${key}:\\s+(\\d+)`, 'm'))?.[1] ?? NaN);
  return { rssMiB: Math.round(kb('VmRSS') / 1024), peakRssMiB: Math.round(kb('VmHWM') / 1024) };
};

try {
  // Cold start: process start to the first successful answer (includes seeding when the store is fresh).
  let coldStartMs;
  for (;;) {
    if (exited) throw new Error('The API exited before answering.');
    try {
      const { status, body } = await post('{ __typename }');
      if (status === 200 && body.data) { coldStartMs = performance.now() - started; break; }
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 20));
  }

  // The ids the queries use, found the same way on any graph: the disease with the most coverage among the
  // first diseases by id (the generator makes its hubs there), a program covering it, the first country.
  const setup = await post(`{
    diseases(first: 100) { nodes { id name coveredBy { program { id } } } }
    countries(first: 1, order: [{ name: ASC }]) { nodes { id } }
  }`);
  if (setup.body.errors) throw new Error(JSON.stringify(setup.body.errors));
  const diseases = setup.body.data.diseases.nodes;
  const hub = diseases.reduce((best, d) => (d.coveredBy.length > best.coveredBy.length ? d : best), diseases[0]);
  const curated = diseases.some((d) => d.id === 'disease:pneumoconiosis');
  const country = curated ? 'country:cn' : setup.body.data.countries.nodes[0].id;
  const program = hub.coveredBy[0]?.program.id;

  // A far pair for paths: the first program (by name) whose shortest connection to the hub takes four steps,
  // else three, else the covering program above (on the curated graph everything is close).
  const far = async () => {
    const { body } = await post('{ programs(first: 40, order: [{ name: ASC }]) { nodes { id } } }');
    let three;
    for (const { id } of body.data.programs.nodes) {
      const found = await post('query($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxLength: 4, first: 1) { length } }', { from: id, to: hub.id });
      const length = found.body.data?.paths[0]?.length;
      if (length === 4) return { id, length };
      if (length === 3 && !three) three = { id, length };
    }
    return three;
  };
  const farPair = curated ? undefined : await far();

  const queries = {
    floor: ['{ __typename }'],
    headline: curated
      ? [`{ diseases(where: { name: { eq: "Pneumoconiosis" } }) { nodes { name coveredBy(kind: DIALOGUE) { direct program { name startDate }
           path { steps { from { name } type to { name } evidence { source { title } quote } } } } } } }`]
      : [`query($id: ID!) { disease(id: $id) { name coveredBy { direct program { name startDate }
           path { steps { from { name } type to { name } evidence { source { title } quote } } } } } }`, { id: hub.id }],
    filteredList: [`query($country: ID!) { programs(where: { countries: { some: { id: { eq: $country } } }, hazards: { some: { category: { eq: DUST } } } },
           order: [{ startDate: DESC }]) { totalCount nodes { name kind startDate } } }`, { country }],
    search: ['{ search(text: "mine safety", first: 10) { score snippet entity { id name } } }'],
    coveredBy: ['query($id: ID!) { disease(id: $id) { coveredBy { direct program { id name } path { length } } } }', { id: hub.id }],
    // Nested relationship filters (some within some) with totalCount: programs addressing a hazard that causes the
    // hub disease, in which some government agency takes part.
    nestedFilter: [`query($hub: ID!) { programs(where: { hazards: { some: { causes: { some: { id: { eq: $hub } } } } },
           agencies: { some: { kind: { eq: GOVERNMENT } } } }, order: [{ name: ASC }], first: 20) { totalCount nodes { name kind startDate } } }`, { hub: hub.id }],
    paths: ['query($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxLength: 4, first: 5) { length steps { type from { id } to { id } } } }',
      { from: farPair?.id ?? program ?? hub.id, to: hub.id }],
    // The pair measured before the far one (a program covering the hub: usually one step).
    pathsNear: ['query($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxLength: 4, first: 5) { length steps { type from { id } to { id } } } }',
      { from: program ?? hub.id, to: hub.id }],
  };
  const only = args.only?.split(',');
  const names = Object.keys(queries).filter((n) => n === 'floor' || !only || only.includes(n));

  const results = [];
  // Warm-up: every query runs unmeasured first, so the JIT has compiled (and tiered up) the paths each one takes
  // before any is measured; otherwise the floor, measured first, would be measured half-compiled.
  for (const name of names) {
    const [query, variables] = queries[name];
    const check = await post(query, variables);
    if (check.status !== 200 || check.body.errors) throw new Error(`${name}: ${check.status} ${JSON.stringify(check.body.errors)}`);
    await autocannon({ url, method: 'POST', connections, duration: warmup, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  }

  for (const name of names) {
    const [query, variables] = queries[name];
    // autocannon reports fixed percentiles without p95, which the targets name: every response time is kept too.
    const times = [];
    const run = await autocannon({
      url, method: 'POST', connections, duration,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
      setupClient: (client) => client.on('response', (status, bytes, responseTime) => times.push(responseTime)),
    });
    if (run.non2xx || run.errors) throw new Error(`${name}: ${run.non2xx} non-2xx answers, ${run.errors} errors`);
    results.push({
      name, requestsPerSecond: Math.round(run.requests.average), p50: run.latency.p50, p90: run.latency.p90,
      p95: percentile(times, 95), p97_5: run.latency.p97_5, p99: run.latency.p99, requests: run.requests.total,
    });
  }

  const floor = results[0].requestsPerSecond;
  const report = { coldStartMs: Math.round(coldStartMs), connections, duration, responseCache, hub: hub.id, program, country, farPair, ...memory(), results };
  if (args.json) {
    console.log(JSON.stringify(report, null, 2));
  } else {
    console.log(`cold start to first answer: ${report.coldStartMs} ms; ${connections} connections, ${duration} s per query; response cache ${responseCache}; hub disease ${hub.id}; far pair ${farPair ? `${farPair.id} (${farPair.length} steps)` : 'none'}`);
    console.log('query          req/s   ratio  p50 ms  p90 ms  p95 ms  p97.5 ms  p99 ms');
    for (const r of results) {
      const ratio = (r.requestsPerSecond / floor).toFixed(2);
      console.log(`${r.name.padEnd(13)} ${String(r.requestsPerSecond).padStart(6)}  ${ratio.padStart(6)}  ${String(r.p50).padStart(6)}  ${String(r.p90).padStart(6)}  ${r.p95.toFixed(1).padStart(6)}  ${String(r.p97_5).padStart(8)}  ${String(r.p99).padStart(6)}`);
    }
    console.log(`server memory: RSS ${report.rssMiB} MiB, peak RSS ${report.peakRssMiB} MiB`);
  }
} finally {
  stop();
}
