#!/usr/bin/env node
// Runs the graphql-http server audits (GraphQL-over-HTTP specification conformance) against a live endpoint
// and prints one JSON object: {url, total, ok, warn, error, mustFailures: [...], failures: [...]}.
// Usage: node tests/tools/graphql-http-audit.mjs http://127.0.0.1:5000/graphql
// Exit code: 0 when every MUST audit passed, 1 when one failed, 2 on a usage or fatal error.
import { serverAudits } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node graphql-http-audit.mjs <graphql endpoint url>');
  process.exit(2);
}

// Each audit is one HTTP request; run them one after another so a slow host is not flooded.
const results = [];
for (const audit of serverAudits({ url })) {
  try {
    results.push(await audit.fn());
  } catch (error) {
    // An audit throws only when it cannot run at all (no connection, say): count it as failed.
    results.push({ id: audit.id, name: audit.name, status: 'error', reason: `audit could not run: ${error?.message ?? error}` });
  }
}

const failures = await Promise.all(
  results
    .filter((result) => result.status !== 'ok')
    .map(async (result) => ({
      id: result.id,
      name: result.name,
      status: result.status,
      reason: result.reason,
      response: await describe(result.response),
    })),
);

const count = (status) => results.filter((result) => result.status === status).length;
const mustFailures = failures.filter((failure) => failure.name.startsWith('MUST'));
const report = {
  url,
  total: results.length,
  ok: count('ok'),
  notice: count('notice'),
  warn: count('warn'),
  error: count('error'),
  mustFailures,
  failures,
};

console.log(JSON.stringify(report, null, 2));
process.exitCode = mustFailures.length === 0 ? 0 : 1;

// What the server answered, for the report; an audit's response body may already have been read.
async function describe(response) {
  if (!response) {
    return null;
  }

  let body;
  try {
    body = await response.clone().text();
  } catch {
    body = '(body already read)';
  }

  return { status: response.status, contentType: response.headers.get('content-type'), body: body.slice(0, 500) };
}
