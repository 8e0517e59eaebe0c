#!/usr/bin/env node
// Lints an OpenAPI document with @redocly/cli (its "recommended" ruleset) and prints one JSON object:
// {file, errors, warnings, problems: [{ruleId, severity, message, location}]}.
// Usage: node tests/tools/openapi-lint.mjs path/to/openapi.json
// Exit code: 0 when there is no error (warnings allowed), 1 when there is one, 2 on a usage or fatal error.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const file = process.argv[2];
if (!file) {
  console.error('usage: node openapi-lint.mjs <openapi document>');
  process.exit(2);
}

// The CLI's own entry point, run by this node; no network: telemetry and update checks are off.
const require = createRequire(import.meta.url);
const cli = path.join(path.dirname(require.resolve('@redocly/cli/package.json')), 'bin', 'cli.js');
const run = spawnSync(process.execPath, [cli, 'lint', file, '--format=json', '--max-problems=1000', '--extends=recommended'], {
  encoding: 'utf8',
  env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
  maxBuffer: 64 * 1024 * 1024,
});

const start = run.stdout.indexOf('{');
if (start < 0) {
  console.error(`redocly printed no report (exit ${run.status}): ${run.stderr}`);
  process.exit(2);
}

const report = JSON.parse(run.stdout.slice(start));
const problems = (report.problems ?? []).map((p) => ({
  ruleId: p.ruleId,
  severity: p.severity,
  message: p.message,
  location: (p.location ?? []).map((l) => l.pointer).join(' '),
}));
const errors = problems.filter((p) => p.severity === 'error').length;
const warnings = problems.filter((p) => p.severity === 'warn').length;
console.log(JSON.stringify({ file, errors, warnings, problems }, null, 2));
process.exit(errors === 0 ? 0 : 1);
