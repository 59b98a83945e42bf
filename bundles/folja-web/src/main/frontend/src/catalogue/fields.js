// Form fields of the catalogue page in the GOV.UK pattern: the label above the field, then the hint and the error
// message, both tied to the field with aria-describedby; a field with an error is marked form-group--error.
import { html, nothing } from 'lit';

function describedBy(...ids) {
  const list = ids.filter(Boolean).join(' ');
  return list || nothing;
}

/**
 * A one-line text input.
 *
 * @param options `{id, name, label, hint, value, error, errorPrefix, short, inputmode, spellcheck}`
 */
export function textField({ id, name, label, hint, value, error, errorPrefix, short, inputmode, spellcheck }) {
  const hintId = hint ? `${id}-hint` : null;
  const errorId = error ? `${id}-error` : null;
  return html`
    <div class="form-group ${error ? 'form-group--error' : ''}">
      <label class="label" for=${id}>${label}</label>
      ${hint ? html`<div class="hint" id=${hintId}>${hint}</div>` : nothing}
      ${error ? html`<p class="error-message" id=${errorId}><span class="visually-hidden">${errorPrefix}</span> ${error}</p>` : nothing}
      <input class="input ${short ? 'input--short' : ''} ${error ? 'input--error' : ''}" id=${id} name=${name}
        type="text" value=${value ?? ''} autocomplete="off" inputmode=${inputmode ?? nothing}
        spellcheck=${spellcheck === false ? 'false' : nothing}
        aria-invalid=${error ? 'true' : nothing} aria-describedby=${describedBy(hintId, errorId)}>
    </div>`;
}

/**
 * Radios in a fieldset; the first radio carries `id`, so that the error summary's link reaches the group.
 *
 * @param options `{id, name, legend, hint, choices: [{value, label}], value, error, errorPrefix}`
 */
export function radiosField({ id, name, legend, hint, choices, value, error, errorPrefix }) {
  const hintId = hint ? `${id}-hint` : null;
  const errorId = error ? `${id}-error` : null;
  return html`
    <div class="form-group ${error ? 'form-group--error' : ''}">
      <fieldset aria-describedby=${describedBy(hintId, errorId)}>
        <legend>${legend}</legend>
        ${hint ? html`<div class="hint" id=${hintId}>${hint}</div>` : nothing}
        ${error ? html`<p class="error-message" id=${errorId}><span class="visually-hidden">${errorPrefix}</span> ${error}</p>` : nothing}
        <div class="radios">
          ${choices.map((choice, index) => {
            const choiceId = index === 0 ? id : `${id}-${choice.value}`;
            return html`<div class="radio">
              <input type="radio" id=${choiceId} name=${name} value=${choice.value} ?checked=${choice.value === value}>
              <label for=${choiceId}>${choice.label}</label>
            </div>`;
          })}
        </div>
      </fieldset>
    </div>`;
}
