// Lints Cypher statements with Neo4j's own language support (@neo4j-cypher/language-support, the linter of
// Neo4j Browser, Workspace and the VS Code extension), under both Cypher 5 (Neo4j 5.x) and Cypher 25 (2025.x).
//
// Usage: node tools/cypher-lint.mjs <input.json>
// Input:  { "labels": [...], "relationshipTypes": [...], "propertyKeys": [...],
//           "statements": [{ "name": "...", "statement": "...", "parameters": { ... } }] }
// Output (stdout, JSON): [{ "name", "version", "severity": "error"|"warning", "message", "line", "column" }]
// The procedure and function signatures are the ones the package records from a real Neo4j server, so calls such as
// db.index.fulltext.queryNodes are checked too. Exit code 0 whatever was found; the .NET test judges the result.
import { readFileSync } from 'node:fs';
import { lintCypherQuery, testData } from '@neo4j-cypher/language-support';

const input = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const recorded = testData.mockSchema;
const versions = ['CYPHER 5', 'CYPHER 25'];
const findings = [];

for (const { name, statement, parameters } of input.statements) {
  for (const version of versions) {
    const schema = {
      labels: input.labels,
      relationshipTypes: input.relationshipTypes,
      propertyKeys: input.propertyKeys,
      parameters: parameters ?? {},
      procedures: recorded.procedures,
      functions: recorded.functions,
      defaultLanguage: version,
    };
    const { diagnostics } = lintCypherQuery(statement, schema);
    for (const d of diagnostics) {
      findings.push({
        name,
        version,
        severity: d.severity === 1 ? 'error' : 'warning',
        message: d.message,
        line: d.range.start.line + 1,
        column: d.range.start.character + 1,
      });
    }
  }
}

process.stdout.write(JSON.stringify(findings));
