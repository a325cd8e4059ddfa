/**
 * How a surname is written after a title: "Walsh", "McDonald", "O'Neill", or in capitals as clinical
 * notes write surnames ("Mrs SMITH", "MRS SMITH"). Shared by the name detector, which reads "Mrs SMITH"
 * as a name, and the initials detector, which then leaves "MRS" alone.
 */
const CAPITALISED_SURNAME = /^(?:[A-Z][a-z]|Mc[A-Z]|O'[A-Z])/;
// Three letters at least: "Mr JS" and "Mrs AB" are initials, not surnames.
const SURNAME_IN_CAPITALS = /^[A-Z]{3,}(?:'[Ss])?$/;

export function looksLikeSurname(word: string): boolean {
  return CAPITALISED_SURNAME.test(word) || SURNAME_IN_CAPITALS.test(word);
}
