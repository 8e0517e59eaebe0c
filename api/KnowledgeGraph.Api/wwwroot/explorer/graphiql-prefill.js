// Loaded by GraphiQL's page (wwwroot/graphiql/index.html) before start.js: when the address carries a query in
// its fragment (/graphql#query=...), as the Explorer's "Open in GraphiQL" links do, GraphiQL opens with it.
// The fragment, unlike ?query=, is never sent to the server, so GET /graphql still serves the page.
(function () {
  'use strict';
  var match = /(?:^#|&)query=([^&]*)/.exec(window.location.hash);
  if (!match) return;
  var query;
  try {
    query = decodeURIComponent(match[1].replace(/\+/g, ' '));
  } catch (e) {
    return;
  }
  if (!query.trim()) return;

  // A first visit opens GraphiQL's default tabs: put the query first.
  window.graphqlExamples = [{ query: query }].concat(Array.isArray(window.graphqlExamples) ? window.graphqlExamples : []);

  // A later visit restores the stored tabs; GraphiQL then opens the tab holding its `query` prop, adding one if needed.
  var Original = window.GraphiQL;
  if (typeof Original !== 'function' || !window.React) return;
  var Prefilled = function (props) {
    return window.React.createElement(Original, Object.assign({}, props, { query: query }));
  };
  Object.keys(Original).forEach(function (key) { Prefilled[key] = Original[key]; });
  window.GraphiQL = Prefilled;
})();
