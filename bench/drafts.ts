/**
 * Realistic staff drafts for the benchmark, built to exact lengths from sentences of the kind staff
 * write: most harmless, some risky, so every rule family does real work.
 */
const SENTENCES = [
  'Long day on the ward today but the team was brilliant from start to finish.',
  'Huge thanks to everyone on nights who covered the extra shifts this week.',
  'Mrs Jean Pritchard in bay 4 was so pleased to see her granddaughter, NHS no 943 476 5919.',
  'Patient JS finally went home after six weeks with us and we all cried a bit.',
  'Management here is useless and the rota is a joke again this month.',
  'The Tories have wrecked the NHS, vote them out at the general election.',
  'Proud to work for Northshire NHS Foundation Trust, what a place to learn.',
  'Reminder that NHS 111 can help if you are unsure where to go, and keep 999 for emergencies.',
  'Our Labour Ward midwives supported 412 births last month, an amazing effort.',
  'Conservative management of the fracture worked well for this week\'s teaching case.',
  'Off to Spain for two weeks tomorrow, cannot wait to switch off properly.',
  'Thinking about a career in nursing? Come to our open evening on 14 March, 6 to 8pm.',
  'Selfie at the nurses\' station with the whiteboard behind us, great team!',
  'Coffee and cake in the staff room to say goodbye to Margaret after 42 years.',
  'Can anyone recommend a good podcast for the drive home after a night shift?',
  'The new e-rota goes live on Monday so please check your shifts before then.',
  'Absolutely shattered but so proud of what this team achieves every single day.',
  'Flu jabs are available for all staff in the education centre this week.',
];

/**
 * A draft of exactly `length` characters. Each `variant` differs in every paragraph (a day count at its
 * start), so checking a new variant is real work and not a cache hit.
 */
export function draftOfLength(length: number, variant = 0): string {
  let text = `Day ${variant + 1}:`;
  let i = 1;
  while (text.length < length) {
    text += ' ' + SENTENCES[i % SENTENCES.length];
    i = (i * 7 + 3) % 9973;
    if (i % 5 === 0) text += `\n\nDay ${variant + 1}, later:`;
  }
  return text.slice(0, length);
}
