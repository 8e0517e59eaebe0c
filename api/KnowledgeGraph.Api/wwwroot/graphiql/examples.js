// The tabs GraphiQL opens with, first tab first. Add an example by adding an entry: { query, variables? }.
// Name each operation: GraphiQL titles a tab with it. The second and third queries are the API contract's
// examples (shared/api-contract.md); keep them in step with it.
window.graphqlExamples = [
  {
    query: `# Welcome to the occupational-safety knowledge graph:
# hazards, diseases, the programs and events that
# addressed them, the agencies and people involved,
# and the evidence for every fact.
#
# Run a query with ▶ (Ctrl-Enter). The other tabs hold
# worked examples; the Docs panel (book icon, top left)
# lists every type and field; Ctrl-Space completes.
#
# This query lists what you can ask at the top level.
query Welcome {
  __schema {
    queryType {
      fields {
        name
        description
      }
    }
  }
}
`,
  },
  {
    query: `# Which dialogues covered pneumoconiosis?
query DialoguesCoveringPneumoconiosis {
  diseases(where: { name: { eq: "Pneumoconiosis" } }) {
    nodes {
      name
      coveredBy(kind: DIALOGUE) {
        direct
        program { name startDate }
        path { steps { from { name } type to { name } evidence { source { title } quote } } }
      }
    }
  }
}
`,
  },
  {
    query: `# Programs involving China that addressed a dust hazard, newest first.
query ChinaDustProgramsNewestFirst {
  programs(where: { countries: { some: { id: { eq: "country:cn" } } },
                    hazards: { some: { category: { eq: DUST } } } },
           order: [{ startDate: DESC }]) {
    totalCount
    nodes { name kind startDate }
  }
}
`,
  },
];
