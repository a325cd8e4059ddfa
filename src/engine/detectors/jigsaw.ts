import * as z from 'zod/mini';
import { compileCues, compileContext, ContextOption, tokenRange } from '../context';
import { defineDetector } from '../detector';
import type { Doc } from '../doc';
import { ageMentions, bedAndWardNumbers } from '../identifiers/clinical';
import { matchSpans } from '../identifiers/spans';
import { dateMentions } from '../identifiers/dates';
import { fullPostcodes, streetAddresses } from '../identifiers/places';
import { TermList } from '../schema-parts';
import type { Span } from '../text';

/**
 * Jigsaw identification: details that are harmless one by one but together point at one patient ("the
 * 94-year-old on Ward 7 who came in Tuesday after the fall on Fore Street"). The NHS Code of Practice
 * counts "anything else that may be used to identify a patient directly or indirectly".
 */
type Kind = 'age' | 'condition' | 'ward or bed' | 'date' | 'place' | 'relative' | 'occupation' | 'school year' | 'rare case';

const DAY = /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tues|weds|thurs|yesterday|last night|this morning|overnight|(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun) (?:night|morning|afternoon|evening|eve))\b/gi;
// A birthday that is today gives the date of birth away ("Happy 100th birthday to Miss L … today").
const BIRTHDAY_TODAY = /\bbirthday\b[^.!?\n]{0,60}\b(?:today|tomorrow)\b|\b(?:today|tomorrow)\b[^.!?\n]{0,60}\bbirthday\b/gi;
// Where someone lives, shops or fell: "from Whitby", "at Scarborough", "outside the Co-op".
const PLACE = /\b(?:from|in|at|outside|near)\s+(?:the\s+)?([A-Z][a-z]+(?:-[a-z]+)?)\b/g;
// A road: "the crash on the A470".
const ROAD = /\b(?:on|off|along|near|by) the [AM]\d{1,4}\b/g;
// A school class singles a child out: "in Year 2".
const SCHOOL_YEAR = /\b(?:Year|Yr) \d{1,2}\b/g;
// "The first patient in Wales to…", "the youngest baby we've…": a case that is one of a kind.
const RARE_CASE = /\b(?:first|only|youngest|oldest)\s+(?:patient|person|woman|man|child|baby|boy|girl|one)\b/gi;
const NOT_PLACES = new Set([
  'ward', 'bay', 'bed', 'room', 'unit', 'resus', 'majors', 'minors', 'christmas', 'easter', 'team', 'work', 'home',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'the', 'our', 'my', 'last', 'first',
]);
// The details must be about one person: an age, or a word for a person, in the cluster. "3 falls on Ward 5
// last Tuesday" or "our stroke team's busy Tuesday on Ward 6" are about a service, not a patient.
const ONE_PERSON = /\b(?:he|she|him|her|his|man|woman|lady|gentleman|gent|boy|girl|baby|babies|twins|child|kid|toddler|teenager|patient|pt|chap|bloke|fella|lad|lass|mum|dad|couple)\b/i;
// A patient's relative: "her son", "his wife's", "Mrs Walsh's kids".
const RELATIVE = /\b(?:his|her|their|[A-Z][a-z]+'s)\s+(?:wife|husband|partner|son|daughter|sons|daughters|kids|children|grandkids|grandchildren|granddaughter|grandson|mum|mother|dad|father|sister|brother|family|niece|nephew|carer)\b/g;
// …or how the patient is described by family: "a dad of three".
const PARENT_OF = /\b(?:mum|mother|dad|father|grandad|grandma|nan|grandmother|grandfather) of (?:one|two|three|four|five|six|\d{1,2})\b/gi;

interface KindHit {
  kind: Kind;
  span: Span;
}

export const jigsaw = defineDetector({
  schema: z.strictObject({
    kind: z.literal('jigsaw'),
    /** Diagnoses and events: stroke, fall, sepsis, overdose, cardiac arrest… */
    conditions: TermList,
    /** Jobs and roles that single someone out: teacher, vicar, footballer… */
    occupations: z.optional(TermList),
    /** Report when at least this many different kinds of detail appear together. */
    minKinds: z._default(z.number().check(z.int(), z.minimum(2), z.maximum(7)), 3),
    /** …within a stretch of this many words. */
    within: z._default(z.number().check(z.int(), z.minimum(5), z.maximum(200)), 40),
    context: z.optional(ContextOption),
  }),
  summary: 'Several details about one patient together (age, condition, ward or bed, date, place, relative, job, school year, a one-of-a-kind case), in a care context.',
  compile(options, env) {
    const conditions = compileCues(env.terms(options.conditions, ['conditions']));
    const occupations = compileCues(env.terms(options.occupations ?? [], ['occupations']));
    const inContext = compileContext(options.context, env);
    return (doc) => {
      const hits = kindHits(doc, conditions, occupations);
      const cluster = densestCluster(doc, hits, options.within);
      if (cluster.kinds.size < options.minKinds) return [];
      const span = { start: cluster.start, end: cluster.end };
      if (!cluster.kinds.has('age') && !ONE_PERSON.test(doc.norm.slice(span.start, span.end))) return [];
      if (!cluster.kinds.has('ward or bed') && !inContext(doc, span)) return [];
      return [{ ...span, note: [...cluster.kinds].join(', ') }];
    };
  },
});

function kindHits(doc: Doc, conditions: ReturnType<typeof compileCues>, occupations: ReturnType<typeof compileCues>): KindHit[] {
  const hits: KindHit[] = [];
  const add = (kind: Kind, spans: Iterable<Span>) => {
    for (const span of spans) hits.push({ kind, span: { start: span.start, end: span.end } });
  };
  add('age', ageMentions(doc));
  add('ward or bed', bedAndWardNumbers(doc));
  add('date', dateMentions(doc));
  add('date', matchSpans(doc.norm, DAY));
  add('date', matchSpans(doc.norm, BIRTHDAY_TODAY));
  add('place', streetAddresses(doc));
  add('place', fullPostcodes(doc));
  add('place', matchSpans(doc.norm, ROAD));
  add('school year', matchSpans(doc.norm, SCHOOL_YEAR));
  add('rare case', matchSpans(doc.norm, RARE_CASE));
  add('place', [...doc.norm.matchAll(PLACE)].filter((m) => !NOT_PLACES.has(m[1].toLowerCase())).map((m) => ({ start: m.index, end: m.index + m[0].length })));
  add('relative', matchSpans(doc.norm, RELATIVE));
  add('relative', matchSpans(doc.norm, PARENT_OF));
  add('condition', conditions.hits(doc));
  add('occupation', occupations.hits(doc));
  return hits.sort((a, b) => a.span.start - b.span.start);
}

/** The stretch of at most `within` words holding the most different kinds (linear sliding window). */
function densestCluster(doc: Doc, hits: KindHit[], within: number): { kinds: Set<Kind>; start: number; end: number } {
  const positions = hits.map((h) => tokenRange(doc, h.span).first);
  const counts = new Map<Kind, number>();
  let best = { kinds: new Set<Kind>(), start: 0, end: 0 };
  let from = 0;
  for (let to = 0; to < hits.length; to++) {
    counts.set(hits[to].kind, (counts.get(hits[to].kind) ?? 0) + 1);
    while (positions[to] - positions[from] > within) {
      const kind = hits[from].kind;
      const left = counts.get(kind)! - 1;
      if (left === 0) counts.delete(kind);
      else counts.set(kind, left);
      from++;
    }
    if (counts.size > best.kinds.size) {
      const end = Math.max(...hits.slice(from, to + 1).map((h) => h.span.end));
      best = { kinds: new Set(counts.keys()), start: hits[from].span.start, end };
    }
  }
  return best;
}
