// The API words its messages about a response's questions in English (ResponseReader in folja-followup); a Swedish
// page shows the common ones in Swedish and any other as the API gave it. No message repeats an answer.

const SWEDISH = [
  [/^is required$/, () => 'Frågan måste besvaras.'],
  [/^is required: answer at least one of its questions$/, () => 'Besvara minst en av frågorna i avsnittet.'],
  [/^is required: give at least one entry$/, () => 'Fyll i minst en rad.'],
  [/^is answered, but its condition \(enableWhen\) is not met$/,
    () => 'Frågan ska inte besvaras när villkoret för den inte gäller.'],
  [/^must be between (\S+) and (\S+)$/, (m) => `Svaret måste vara mellan ${decimal(m[1])} och ${decimal(m[2])}.`],
  [/^must be at least (\S+)$/, (m) => `Svaret måste vara minst ${decimal(m[1])}.`],
  [/^must be at most (\S+)$/, (m) => `Svaret får vara högst ${decimal(m[1])}.`],
  [/^must have at most (\d+) decimal places?$/, (m) => `Svaret får ha högst ${m[1]} ${m[1] === '1' ? 'decimal' : 'decimaler'}.`],
  [/^must be answered with a number$/, () => 'Svaret måste vara ett tal.'],
  [/^must be answered with a whole number/, () => 'Svaret måste vara ett heltal.'],
  [/^must be answered with a whole date, YYYY-MM-DD$/, () => 'Svaret måste vara ett datum, ÅÅÅÅ-MM-DD.'],
  [/^must be answered true or false$/, () => 'Svara ja eller nej.'],
  [/^must be answered with a text that is not blank$/, () => 'Svaret får inte vara tomt.'],
  [/^must be one of the question's options/, () => 'Välj ett av svarsalternativen.'],
  [/^must be a code of /, () => 'Välj ett av svarsalternativen.'],
];

function decimal(number) {
  return number.replace('.', ',');
}

/** @returns the API's message about a question for a page in `lang` (capitalised, ending with a full stop) */
export function apiQuestionMessage(message, lang) {
  const text = String(message ?? '').trim();
  if (lang === 'sv') {
    for (const [pattern, swedish] of SWEDISH) {
      const match = pattern.exec(text);
      if (match) {
        return swedish(match);
      }
    }
  }
  const sentence = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}
