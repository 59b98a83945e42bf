// Dates, times, weeks and numbers as Swedish readers expect them (and English ones read them without trouble):
// 2026-10-05, 2026-10-05 09:00 in Swedish time, v. 41 / week 41, 1 234,5 / 1,234.5.

const ZONE = 'Europe/Stockholm';

function parts(value) {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) {
    return null;
  }
  const fields = {};
  for (const part of new Intl.DateTimeFormat('sv-SE', {
    timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date)) {
    fields[part.type] = part.value;
  }
  return fields;
}

/** @returns `yyyy-mm-dd` in Swedish time, or '' for nothing or an unreadable value */
export function formatDate(value) {
  const p = value ? parts(value) : null;
  return p ? `${p.year}-${p.month}-${p.day}` : '';
}

/** @returns `yyyy-mm-dd hh:mm` in Swedish time, or '' for nothing or an unreadable value */
export function formatDateTime(value) {
  const p = value ? parts(value) : null;
  return p ? `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}` : '';
}

/** @returns `v. 41` (Swedish) or `week 41` (English) for an ISO week such as `2026-W41`, '' otherwise */
export function formatWeek(isoWeek, lang) {
  const match = /^(\d{4})-W(\d{2})$/.exec(isoWeek ?? '');
  if (!match) {
    return '';
  }
  return `${lang === 'en' ? 'week' : 'v.'} ${Number(match[2])}`;
}

/** @returns the number with a decimal comma and a space between thousands in Swedish, as English writes it otherwise */
export function formatNumber(value, lang) {
  return new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'sv-SE', { maximumFractionDigits: 2 }).format(value);
}

/** @returns a personnummer's 12 digits as `yyyymmdd-nnnn`, as staff read it; anything else unchanged */
export function formatPersonnummer(digits) {
  return /^\d{12}$/.test(digits ?? '') ? `${digits.slice(0, 8)}-${digits.slice(8)}` : (digits ?? '');
}
