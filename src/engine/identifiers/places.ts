import type { Doc } from '../doc';
import { matchSpans } from './spans';
import type { Span } from '../text';

// Royal Mail's position rules: Q, V, X never first; I, J, Z never second; the inward code never uses C I K M O V.
// Upper-case only, so "sw1a" in a handle or "b12" in prose never counts.
const OUTWARD = String.raw`(?:[A-PR-UWYZ][0-9]{1,2}|[A-PR-UWYZ][A-HK-Y][0-9]{1,2}|[A-PR-UWYZ][0-9][A-HJKPSTUW]|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY])`;
const FULL_POSTCODE = new RegExp(String.raw`\b(?:GIR ?0AA|${OUTWARD} ?[0-9][ABD-HJLNP-UW-Z]{2})\b`, 'g');
// "Wigan WN3": an outward code straight after a town name, only trusted next to a street address.
const TOWN_AND_OUTWARD = new RegExp(String.raw`\b[A-Z][a-z]{2,},? (${OUTWARD})\b(?! ?[0-9][A-Z]{2})`, 'g');

export function fullPostcodes(doc: Doc): Span[] {
  return doc.memo('postcodes', () => matchSpans(doc.norm, FULL_POSTCODE));
}

/** Outward codes ("Ripon HG4") in a sentence that also has a street address. */
export function outwardPostcodes(doc: Doc): Span[] {
  return doc.memo('outward-postcodes', () => {
    const streets = streetAddresses(doc);
    const out: Span[] = [];
    for (const m of doc.norm.matchAll(TOWN_AND_OUTWARD)) {
      const start = m.index + m[0].length - m[1].length;
      const street = streets.some((s) => s.end <= start && start - s.end <= 40);
      if (street) out.push({ start, end: start + m[1].length });
    }
    return out;
  });
}

// Suffixes that are rarely anything but a street; the rest ("Way", "Park", "Hill") need a house number.
const STREET_SUFFIX = String.raw`(?:Road|Rd|Street|St(?!\.?\s+[A-Z])|Lane|Ln|Close|Avenue|Ave|Crescent|Cres|Terrace|Grove|Gardens|Gdns|Mews)`;
const NUMBERED_SUFFIX = String.raw`(?:Drive|Way|Court|Place|Row|Square|Park|Hill|Green|Walk|View|Rise|Vale)`;
const STREET_NAME = String.raw`[A-Z][a-z'-]+(?: [A-Z][a-z'-]+){0,2}`;
const NUMBERED_STREET = new RegExp(String.raw`\b\d{1,4}[A-Za-z]?,? ${STREET_NAME} (?:${STREET_SUFFIX}|${NUMBERED_SUFFIX})\b\.?`, 'g');
const NAMED_STREET = new RegExp(String.raw`\b${STREET_NAME} ${STREET_SUFFIX}\b\.?`, 'g');

export interface StreetMention extends Span {
  /** Has a house number ("12 Acacia Rd"), so it is a home address rather than a place. */
  numbered: boolean;
}

/** Street names with a road-type suffix ("Fore St", "12 Acacia Rd", "Hollins Rd"). */
export function streetAddresses(doc: Doc): StreetMention[] {
  return doc.memo('streets', () => {
    const out: StreetMention[] = [...doc.norm.matchAll(NUMBERED_STREET)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      numbered: true,
    }));
    for (const m of doc.norm.matchAll(NAMED_STREET)) {
      const span = { start: m.index, end: m.index + m[0].length, numbered: false };
      if (!out.some((s) => s.start < span.end && span.start < s.end)) out.push(span);
    }
    return out.sort((a, b) => a.start - b.start);
  });
}
