// The demo host page's own script, as a journal system would write it: it fills its lists from Följa's API, shows
// the submitted form data, and registers the non-delivery with the login cookie and the CSRF token of the session
// (or, without a session, with the HTTP Basic credentials the browser holds). Nothing is logged to the console.
(function () {
  'use strict';
  var API = '/folja/api/v1';
  var FIELDS = {
    journalEntryId: 'host-entry',
    interventionType: 'host-intervention',
    reasonCode: 'host-reason',
    comment: 'host-comment'
  };
  var LABELS = {
    journalEntryId: 'Journalanteckning',
    interventionType: 'Insats',
    reasonCode: 'Orsak',
    comment: 'Kommentar'
  };

  var form = document.getElementById('host-form');
  var entry = document.getElementById('host-entry');
  var intervention = document.getElementById('host-intervention');
  var result = document.getElementById('host-result');
  var submitted = document.getElementById('submitted');

  function getJson(path) {
    return fetch(API + path, {
      credentials: 'same-origin',
      cache: 'no-cache',
      headers: { Accept: 'application/json' }
    }).then(function (response) {
      if (response.status === 401) {
        document.getElementById('host-login').hidden = false;
      }
      if (!response.ok) {
        throw new Error('status ' + response.status);
      }
      return response.json();
    });
  }

  function fill(select, items, text, emptyText) {
    select.textContent = '';
    var first = document.createElement('option');
    first.value = '';
    first.textContent = items.length ? 'Välj' : emptyText;
    select.appendChild(first);
    items.forEach(function (item) {
      var option = document.createElement('option');
      option.value = item.value;
      option.textContent = text(item);
      select.appendChild(option);
    });
  }

  function day(plannedStart) {
    return plannedStart ? plannedStart.slice(0, 10) + ' ' + plannedStart.slice(11, 16) : '';
  }

  function loadEntries() {
    return getJson('/pending-entries?limit=200').then(function (page) {
      fill(entry, page.items.map(function (e) {
        return { value: e.journalEntryId, unit: e.unit, plannedStart: e.plannedStart };
      }), function (e) {
        return e.value + ' – ' + e.unit + (e.plannedStart ? ', ' + day(e.plannedStart) : '');
      }, 'Inga anteckningar väntar på en orsak');
    }).catch(function () {
      fill(entry, [], null, 'Anteckningarna kunde inte hämtas');
    });
  }

  function loadInterventions() {
    return getJson('/intervention-types').then(function (types) {
      fill(intervention, types.map(function (t) { return { value: t.code, label: t.label }; }),
        function (t) { return t.label; }, 'Inga insatser');
    }).catch(function () {
      fill(intervention, [], null, 'Insatserna kunde inte hämtas');
    });
  }

  function csrfToken() {
    return fetch(API + '/session', {
      credentials: 'same-origin',
      cache: 'no-store',
      headers: { Accept: 'application/json' }
    }).then(function (response) {
      return response.ok ? response.json() : null;
    }).then(function (session) {
      return session && session.csrfToken ? session.csrfToken : null;
    }).catch(function () {
      return null;
    });
  }

  function clearErrors() {
    Object.keys(FIELDS).forEach(function (name) {
      var field = document.getElementById(FIELDS[name]);
      field.removeAttribute('aria-invalid');
      document.getElementById(FIELDS[name] + '-error').textContent = '';
    });
    result.textContent = '';
    result.className = '';
    delete result.dataset.registrationId;
  }

  function showProblem(problem) {
    result.className = 'failed';
    var heading = document.createElement('p');
    heading.textContent = 'Registreringen sparades inte: ' + (problem.detail || problem.title || 'okänt fel') + '.';
    result.appendChild(heading);
    var errors = Array.isArray(problem.errors) ? problem.errors : [];
    if (errors.length) {
      var list = document.createElement('ul');
      errors.forEach(function (error) {
        var id = FIELDS[error.field];
        var item = document.createElement('li');
        if (id) {
          var link = document.createElement('a');
          link.href = '#' + id;
          link.textContent = LABELS[error.field] + ': ' + error.message;
          item.appendChild(link);
          document.getElementById(id + '-error').textContent = LABELS[error.field] + ': ' + error.message;
          document.getElementById(id).setAttribute('aria-invalid', 'true');
        } else {
          item.textContent = error.field + ': ' + error.message;
        }
        list.appendChild(item);
      });
      result.appendChild(list);
    }
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    clearErrors();
    var data = new FormData(form);
    var lines = [];
    data.forEach(function (value, name) { lines.push(name + '=' + value); });
    submitted.textContent = lines.join('\n');

    var body = {
      journalEntryId: data.get('journalEntryId'),
      interventionType: data.get('interventionType'),
      reasonCode: data.get('reasonCode')
    };
    var comment = (data.get('comment') || '').trim();
    if (comment) {
      body.comment = comment;
    }
    document.getElementById('host-submit').disabled = true;
    csrfToken().then(function (token) {
      var headers = { 'Content-Type': 'application/json', Accept: 'application/json, application/problem+json' };
      if (token) {
        headers['X-CSRF-Token'] = token;
      }
      return fetch(API + '/non-deliveries', {
        method: 'POST',
        credentials: 'same-origin',
        headers: headers,
        body: JSON.stringify(body)
      });
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (json) {
        if (response.ok) {
          result.className = 'ok';
          result.dataset.registrationId = String(json.id);
          result.textContent = 'Registrerad: registrering ' + json.id + ' för ' + json.journalEntryId
            + ' med orsak ' + json.reasonCode + '. Orsaken skrivs tillbaka till journalanteckningen.';
          form.reset();
          return loadEntries();
        }
        if (response.status === 401) {
          document.getElementById('host-login').hidden = false;
        }
        showProblem(json && json.status ? json : { detail: 'svar ' + response.status });
        return null;
      });
    }).catch(function () {
      result.className = 'failed';
      result.textContent = 'Följa kunde inte nås. Registreringen sparades inte.';
    }).then(function () {
      document.getElementById('host-submit').disabled = false;
    });
  });

  loadEntries();
  loadInterventions();
}());
