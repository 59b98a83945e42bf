// The history panel of an administration list (the reason catalogue, a template's enablements): one item's history
// at a time, read from the API when it opens and again after the item changes; a failed read shown as the panel's
// errors; focus to the panel's heading when it opens and back to the item's history button when it closes. A Lit
// reactive controller: the host renders from `key`, `entries` (null while loading) and `errors`.
import { formErrors } from './errors.js';

export class HistoryPanel {
  /**
   * @param host the element: has `api`, `lang`, `focusOn(id)`
   * @param address `(key) => path` of the item's history below /folja/api/v1
   * @param headingId `() => id` of the panel's heading
   * @param buttonId `(key) => id` of the item's history button
   */
  constructor(host, { address, headingId, buttonId }) {
    this.host = host;
    this.address = address;
    this.headingId = headingId;
    this.buttonId = buttonId;
    this.key = null;
    this.entries = null;
    this.errors = [];
    host.addController(this);
  }

  /** @returns whether an item's history is open */
  get isOpen() {
    return this.key !== null;
  }

  /** Opens the history of the item `key`, reads it and moves focus to the panel's heading. */
  async open(key) {
    this._set(key, null, []);
    await this.load(true);
  }

  /** Reads the open history again (after its item changed); moves focus to the heading when `focus`. */
  async load(focus = false) {
    const key = this.key;
    if (key === null) {
      return;
    }
    try {
      const answer = await this.host.api.get(this.address(key));
      if (this.key === key) {
        this._set(key, answer.body ?? [], []);
      }
    } catch (e) {
      if (this.key === key) {
        this._set(key, [], formErrors(e, {}, this.host.lang).summary);
      }
    }
    if (focus) {
      await this.host.focusOn(this.headingId());
    }
  }

  /** Closes the panel and gives focus back to the item's history button. */
  close() {
    const key = this.key;
    this.reset();
    this.host.focusOn(this.buttonId(key));
  }

  /** Closes the panel without moving focus (the list it belongs to is gone). */
  reset() {
    this._set(null, null, []);
  }

  hostConnected() {
  }

  _set(key, entries, errors) {
    this.key = key;
    this.entries = entries;
    this.errors = errors;
    this.host.requestUpdate();
  }
}
