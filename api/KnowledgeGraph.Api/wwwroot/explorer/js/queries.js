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

// What each type adds to the entity page, as an inline fragment on that type.
const typeFields = {
  Hazard: `category ${coverage}`,
  Disease: `icd10 icd11 ${coverage}`,
  Program: `kind startDate endDate
      events { id name kind startDate endDate location }`,
  Event: 'eventKind: kind startDate endDate location',
  Agency: 'agencyKind: kind acronym',
  Person: 'title',
  Regulation: 'regulationKind: kind jurisdiction adopted',
  Country: 'code',
  Source: 'sourceKind: kind title publisher published file url',
};

function entityDocument(header, lookup, types) {
  return `${header} {
  ${lookup} {
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
${types.filter((type) => typeFields[type]).map((type) => `    ... on ${type} { ${typeFields[type]} }`).join('\n')}
  }
}`;
}

/** Everything the entity page shows, whatever the entity's type. */
export const entityQuery = entityDocument('query Entity($id: ID!)', 'node(id: $id)', Object.keys(typeFields));

/** A node's neighbours, for expanding the graph. */
export const neighboursQuery = `query Neighbours($id: ID!) {
  node(id: $id) {
    __typename id name
    facts { id type direction role other { __typename id name } }
  }
}`;

/** The query GraphiQL opens with for an entity: the page's query for its type, with its id written in. */
export function graphiqlQueryFor(id, type) {
  return `# The Explorer's query for ${id}; run it with ▶ (Ctrl-Enter).\n`
    + entityDocument('query Entity', `node(id: ${JSON.stringify(id)})`, [type]);
}
