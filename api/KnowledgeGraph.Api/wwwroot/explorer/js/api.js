// The GraphQL client: POST /graphql with application/json; nothing else is ever called.
import { graphqlUrl } from './paths.js';

/** An error the API returned, with its extensions.code when it gave one. */
export class GraphQLError extends Error {
  constructor(message, code) {
    super(message);
    this.name = 'GraphQLError';
    this.code = code;
  }
}

/** Runs a query and returns its data; throws GraphQLError on errors. */
export async function graphql(query, variables, signal) {
  const response = await fetch(graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query, variables }),
    signal,
  });
  let body;
  try {
    body = await response.json();
  } catch {
    throw new GraphQLError(`The API answered ${response.status} without JSON.`, 'HTTP');
  }
  if (body.errors?.length) {
    const first = body.errors[0];
    throw new GraphQLError(first.message, first.extensions?.code);
  }
  if (!response.ok) throw new GraphQLError(`The API answered ${response.status}.`, 'HTTP');
  return body.data;
}
