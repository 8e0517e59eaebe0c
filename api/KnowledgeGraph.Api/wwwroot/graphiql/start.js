// Renders GraphiQL against the endpoint that served this page, opening with the tabs of examples.js.
(function () {
  'use strict';

  var examples = Array.isArray(window.graphqlExamples) ? window.graphqlExamples : [];

  var fetcher = GraphiQL.createFetcher({
    // The page is served by the GraphQL endpoint itself, so its own path is the endpoint's.
    url: window.location.pathname,
    // The server has no @defer/@stream; plain JSON responses.
    enableIncrementalDelivery: false,
    headers: { accept: 'application/graphql-response+json, application/json;q=0.9' },
  });

  var tabs = examples.map(function (example) {
    return {
      query: example.query,
      variables: example.variables ? JSON.stringify(example.variables, null, 2) : undefined,
    };
  });

  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      // Used on a first visit only; afterwards GraphiQL restores the tabs the browser kept.
      defaultTabs: tabs,
      defaultEditorToolsVisibility: tabs.some(function (tab) { return tab.variables; }),
      // Keeps this graph's tabs and history apart from other GraphiQL pages on the same host.
      storage: GraphiQL.createLocalStorage({ namespace: 'knowledge-graph' }),
    }),
  );
})();
