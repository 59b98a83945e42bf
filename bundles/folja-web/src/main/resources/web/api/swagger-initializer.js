// Swagger UI over Följa's OpenAPI document. The document and "Try it out" requests go with the browser's own
// credentials: the login cookie (state-changing requests then carry the CSRF token that GET /session gives), or
// the HTTP Basic credentials the browser asks for when there is no session.
// For WCAG 2.1 AA: no deep links (Swagger UI puts the link inside the operation's button: nested-interactive), no
// servers block (its <select> has no accessible name; the document names one server, which requests use anyway),
// no syntax highlighting (its colours on the dark background fall below 4.5:1), and swagger-ui-folja.css for
// contrast and examples shown at full height.
(function () {
  'use strict';
  var api = '/folja/api/v1';
  var csrfToken = null;

  function start() {
    window.ui = SwaggerUIBundle({
      url: api + '/openapi.json',
      dom_id: '#swagger-ui',
      deepLinking: false,
      syntaxHighlight: false,
      presets: [SwaggerUIBundle.presets.apis],
      plugins: [function () { return { components: { ServersContainer: function () { return null; } } }; }],
      layout: 'BaseLayout',
      requestInterceptor: function (request) {
        var method = (request.method || 'GET').toUpperCase();
        if (csrfToken && method !== 'GET' && method !== 'HEAD' && method !== 'OPTIONS') {
          request.headers['X-CSRF-Token'] = csrfToken;
        }
        return request;
      }
    });
  }

  fetch(api + '/session', { credentials: 'same-origin', cache: 'no-store', headers: { Accept: 'application/json' } })
    .then(function (response) { return response.ok ? response.json() : null; })
    .then(function (session) { csrfToken = session && session.csrfToken ? session.csrfToken : null; })
    .catch(function () { csrfToken = null; })
    .then(start);
}());
