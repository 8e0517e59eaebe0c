// URLs of the app and of the API, relative to where the app is mounted (the <base> is <root>/explorer/).

/** The app's root URL, e.g. https://host/ or https://host/pathbase/. */
export const root = new URL('../', document.baseURI);

/** The GraphQL endpoint. */
export const graphqlUrl = new URL('graphql', root).href;

/** The app's URL of an entity page. */
export function entityHref(id) {
  return new URL('entity/' + encodeURIComponent(id).replace(/%3A/gi, ':'), root).pathname;
}

/** The app's home URL path. */
export const homeHref = root.pathname;

/** GraphiQL with a query prefilled: the query travels in the fragment, which the browser never sends. */
export function graphiqlHref(query) {
  return new URL('graphql', root).pathname + '#query=' + encodeURIComponent(query);
}

/** The REST document of an entity. */
export function restEntityHref(id) {
  return new URL('api/v1/entities/' + encodeURIComponent(id).replace(/%3A/gi, ':'), root).pathname;
}

/** An export of the whole graph. */
export function exportHref(format) {
  return new URL('api/v1/export', root).pathname + '?format=' + format;
}

/** The entity id of an app path, or null for the home page. */
export function entityIdOf(pathname) {
  const prefix = root.pathname + 'entity/';
  if (!pathname.startsWith(prefix)) return null;
  const id = decodeURIComponent(pathname.slice(prefix.length));
  return id || null;
}
