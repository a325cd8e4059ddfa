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
  'Pt in side room 2 keeps asking for his wife, breaks my heart every shift.',
  'Parking permits have gone up again and nobody asked us, typical.',
  'Brilliant teaching session on sepsis recognition from our outreach team 💙',
  'Bed 12 pulled his cannula out three times before midnight, send help ☕',
  'Our charity bake sale raised £640 for the children\'s ward playroom!',
  'Strike ballot results are out on Friday, whatever happens we stand together.',
  'Dr Okafor\'s talk on frailty at the regional conference was excellent.',
  'Twelve hours, no break, two falls and a cardiac arrest. Home now, shattered.',
  'If you are thinking about midwifery as a career, message me, honestly the best job.',
  'Agency rates cut again while the wards are short every single night #NHS',
  'Congratulations to Priya on passing her OSCE, so proud of you!',
  'Can we please stop leaving mugs in the sink of the doctors\' mess, it is grim.',
  'Visiting times change on 3 June, see the hospital website for details.',
  'Heard the chief exec is leaving, the staff briefing is tomorrow at 2pm.',
  'Off sick with the lurgy, feel awful for leaving the team short 🤒',
  'New uniforms arrived and the trousers are still see-through, brilliant.',
  'Lovely note from a family today thanking the whole team for their care.',
  'Retweet if you have ever cried in the sluice after a long shift 🙋',
  'Our research nurses recruited the 100th participant to the asthma trial.',
  'Reminder: annual leave requests for August close on Friday.',
  'Mr Khan on bay 6 told me I have kind eyes, made my week.',
  'Who else is on the 7am start tomorrow? Bring biscuits 🍪',
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
