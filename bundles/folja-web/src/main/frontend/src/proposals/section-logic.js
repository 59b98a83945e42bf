// <folja-proposals-section>'s logic without a browser: which unit and template pairs are enabled today (the ones
// that can have proposals), how they are named and chosen, and the level of a heading.

/** @returns today as `yyyy-mm-dd` in Swedish time */
export function today(now = new Date()) {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit',
    day: '2-digit' }).format(now);
}

/** @returns the value of a pair in the chooser: `UNIT:TEMPLATE` (codes only, never personal data) */
export function pairKey(pair) {
  return `${pair.unit}:${pair.template}`;
}

/**
 * @param enablements `GET /followup-enablements` (staff: their units' enablements in force now or later)
 * @param day `yyyy-mm-dd`
 * @param unitLabels `{code: label}`
 * @param templateTitles `{code: title}` in the page's language
 * @returns the unit and template pairs enabled on `day`, one each, sorted by unit then template name:
 *   `[{unit, template, version, unitLabel, templateTitle}]`
 */
export function enabledPairs(enablements, day, unitLabels = {}, templateTitles = {}) {
  const pairs = new Map();
  for (const e of enablements ?? []) {
    const inForce = (e.status ?? 'ENABLED') === 'ENABLED' && e.from <= day && (!e.to || e.to >= day);
    if (inForce && !pairs.has(pairKey(e))) {
      pairs.set(pairKey(e), {
        unit: e.unit, template: e.template, version: e.version,
        unitLabel: unitLabels[e.unit] ?? e.unit, templateTitle: templateTitles[e.template] ?? e.template,
      });
    }
  }
  return [...pairs.values()].sort((a, b) => a.unitLabel.localeCompare(b.unitLabel, 'sv')
    || a.templateTitle.localeCompare(b.templateTitle, 'sv'));
}

/** @returns a heading level from an attribute's value: 1–6, or `fallback` */
export function headingLevel(value, fallback) {
  const level = Number.parseInt(value, 10);
  return Number.isInteger(level) && level >= 1 && level <= 6 ? level : fallback;
}
