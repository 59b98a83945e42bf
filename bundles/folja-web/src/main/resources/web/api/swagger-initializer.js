// Swagger UI over Följa's OpenAPI document. The document and "Try it out" requests go with the browser's own
// credentials: the login cookie (state-changing requests then carry the CSRF token that GET /session gives), or
// the HTTP Basic credentials the browser asks for when there is no session.
(function () {
  'use strict';
  var api = '/folja/api/v1';
  var csrfToken = null;

  function start() {
    window.ui = SwaggerUIBundle({
      url: api + '/openapi.json',
      dom_id: '#swagger-ui',
      deepLinking: true,
      presets: [SwaggerUIBundle.presets.apis],
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
