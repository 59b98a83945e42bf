// Occasion codes (a template's own, [a-z0-9-]) as staff read them: the built-in templates' codes and the usual
// shapes in words, any other code as it is; the sequence when an occasion falls due more than once.

const NAMES = {
  sv: {
    baseline: 'Inskrivning (baslinje)', opened: 'Aktualisering', end: 'Avslut', 'follow-up': 'Uppföljning',
    every: (n) => (n === '1' ? 'Varje vecka' : n === '2' ? 'Varannan vecka' : `Var ${n}:${ordinal(n)} vecka`),
    monthsAfterEnd: (n) => `${n} månader efter avslut`,
    time: (name, sequence) => `${name}, gång ${sequence}`,
  },
  en: {
    baseline: 'Enrolment (baseline)', opened: 'Case opened', end: 'End', 'follow-up': 'Follow-up',
    every: (n) => (n === '1' ? 'Every week' : `Every ${n} weeks`),
    monthsAfterEnd: (n) => `${n} months after the end`,
    time: (name, sequence) => `${name}, time ${sequence}`,
  },
};

/** Swedish ordinal endings: 1:a, 2:a, 21:a, 22:a, but 11:e, 12:e and every other number :e. */
function ordinal(n) {
  const number = Number(n);
  return [1, 2].includes(number % 10) && ![11, 12].includes(number % 100) ? 'a' : 'e';
}

/** @returns the occasion's name in `lang`, e.g. `Var 4:e vecka, gång 7` for every-4-weeks the 7th time */
export function occasionName(code, sequence, lang) {
  const words = NAMES[lang] ?? NAMES.sv;
  let name = typeof words[code] === 'string' ? words[code] : null;
  let match;
  if (!name && (match = /^every-(\d+)-weeks?$/.exec(code ?? ''))) {
    name = words.every(match[1]);
  }
  if (!name && (match = /^(\d+)-months-after-end$/.exec(code ?? ''))) {
    name = words.monthsAfterEnd(match[1]);
  }
  name ??= code ?? '';
  return sequence > 1 ? words.time(name, sequence) : name;
}
