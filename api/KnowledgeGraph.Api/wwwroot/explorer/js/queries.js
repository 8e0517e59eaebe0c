// The GraphQL documents the Explorer sends. Each is also what "Open in GraphiQL" prefills.

const evidence = 'evidence { quote source { id title publisher url } }';
const coverage = `coveredBy {
      direct
      program { id name kind startDate }
      path { length steps { from { id name } type to { id name } role reversed } }
    }`;

/** Suggestions for the search box. */
export const searchQuery = `query Search($text: String!, $first: Int) {
  search(text: $text, first: $first) {
    score
    snippet
    entity { __typename id name }
  }
}`;

/** Everything the entity page shows. */
export const entityQuery = `query Entity($id: ID!) {
  node(id: $id) {
    __typename
    id
    name
    description
    aliases
    ${evidence}
    facts {
      id
      type
      direction
      role
      title
      other { __typename id name }
      ${evidence}
    }
    ... on Hazard { category ${coverage} }
    ... on Disease { icd10 icd11 ${coverage} }
    ... on Program {
      kind startDate endDate
      events { id name kind startDate endDate location }
    }
    ... on Event { eventKind: kind startDate endDate location }
    ... on Agency { agencyKind: kind acronym }
    ... on Person { title }
    ... on Regulation { regulationKind: kind jurisdiction adopted }
    ... on Country { code }
    ... on Source { sourceKind: kind title publisher published file url }
  }
}`;

/** A node's neighbours, for expanding the graph. */
export const neighboursQuery = `query Neighbours($id: ID!) {
  node(id: $id) {
    __typename id name
    facts { id type direction role other { __typename id name } }
  }
}`;

/** The query GraphiQL opens with for an entity: the entity query with its id written in. */
export function graphiqlQueryFor(id) {
  return `# The Explorer's query for ${id}; run it with ▶ (Ctrl-Enter).\n`
    + entityQuery.replace('query Entity($id: ID!)', 'query Entity').replace('node(id: $id)', `node(id: ${JSON.stringify(id)})`);
}
