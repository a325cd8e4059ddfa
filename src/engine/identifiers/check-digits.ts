/**
 * Check digits of the UK's 10-digit patient numbers. NHS (England, Wales, IoM), Scottish CHI and Northern
 * Ireland H&C numbers all use the NHS Data Dictionary's Modulus 11; CHI numbers may also use Modulus 10
 * (PHS, from 2025/26). Inputs are strings of exactly ten ASCII digits.
 */

const TEN_DIGITS = /^\d{10}$/;

function digitAt(digits: string, i: number): number {
  return digits.charCodeAt(i) - 48;
}

/** Weights 10…2 on the first nine digits; 11 − remainder is the check digit (11 → 0; 10 → never issued). */
export function passesMod11(digits: string): boolean {
  if (!TEN_DIGITS.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += digitAt(digits, i) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === digitAt(digits, 9);
}

/** PHS's Modulus 10 for CHI: double digits 1, 3, 5, 7, 9 (from the left), subtract 9 from any over 9, sum. */
export function passesChiMod10(digits: string): boolean {
  if (!TEN_DIGITS.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    let d = digitAt(digits, i);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10 === digitAt(digits, 9);
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The first six digits of a CHI number are the holder's date of birth, DDMMYY. */
export function startsWithDdmmyy(digits: string): boolean {
  const day = Number(digits.slice(0, 2));
  const month = Number(digits.slice(2, 4));
  const year = Number(digits.slice(4, 6));
  if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]) return false;
  // 29 February exists in every century for years divisible by four (2000 was a leap year).
  return !(month === 2 && day === 29 && year % 4 !== 0);
}

/** A CHI number: a real DDMMYY date of birth and a Modulus 11 or Modulus 10 check digit. */
export function isValidChi(digits: string): boolean {
  return TEN_DIGITS.test(digits) && startsWithDdmmyy(digits) && (passesMod11(digits) || passesChiMod10(digits));
}

/** Northern Ireland H&C numbers: 320 000 001 to 399 999 999, plus a Modulus 11 check digit. */
export function inHealthAndCareRange(digits: string): boolean {
  const base = Number(digits.slice(0, 9));
  return base >= 320_000_001 && base <= 399_999_999;
}

/** 999 000 0000 – 999 999 9999: valid by checksum but reserved for testing and never issued. */
export function inNhsTestRange(digits: string): boolean {
  return digits.startsWith('999');
}

/**
 * Numbers typed as "no number here": every repdigit passes Modulus 11 (the weights sum to −1 mod 11), and so
 * do the ascending and descending runs 0123456789 and 9876543210.
 */
export function isPlaceholder(digits: string): boolean {
  let up = true;
  let down = true;
  let same = true;
  for (let i = 1; i < digits.length; i++) {
    const step = digitAt(digits, i) - digitAt(digits, i - 1);
    up &&= step === 1;
    down &&= step === -1;
    same &&= step === 0;
  }
  return up || down || same;
}
