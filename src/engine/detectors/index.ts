import * as z from 'zod/mini';
import type { CompileEnv, DetectFn } from '../detector';
import { PackCompileError, perParagraph } from '../detector';
import { allOf } from './all-of';
import { anyOf } from './any-of';
import { evidence } from './evidence';
import { near } from './near';
import { pattern } from './pattern';
import { phrases } from './phrases';
import { requirePhrase } from './require-phrase';
import { careContextName } from './care-context-name';
import { chiNumber } from './chi-number';
import { dateOfBirth } from './date-of-birth';
import { email } from './email';
import { hcNumber } from './hc-number';
import { hospitalNumber } from './hospital-number';
import { jigsaw } from './jigsaw';
import { nhsNumber } from './nhs-number';
import { patientInitials } from './patient-initials';
import { patientPhoto } from './patient-photo';
import { phone } from './phone';
import { postcode } from './postcode';
import { streetAddress } from './street-address';

/** Every detector kind a rule pack may use. Adding a kind = one file + one line here. */
const DETECTORS = [
  phrases, pattern, near, requirePhrase, anyOf, allOf, evidence,
  careContextName,
  chiNumber,
  dateOfBirth,
  email,
  hcNumber,
  hospitalNumber,
  jigsaw,
  nhsNumber,
  patientInitials,
  patientPhoto,
  phone,
  postcode,
  streetAddress,
];

export type AnyDetector = z.ZodMiniType<{ kind: string }>;

export const DetectorSchema: AnyDetector = z.discriminatedUnion(
  'kind',
  DETECTORS.map((d) => d.schema) as unknown as [z.ZodMiniObject, ...z.ZodMiniObject[]],
) as unknown as AnyDetector;

function kindOf(schema: unknown): string {
  return ((schema as z.ZodMiniObject).shape.kind as z.ZodMiniLiteral<string>).def.values[0] as string;
}

const BY_KIND = new Map(DETECTORS.map((d) => [kindOf(d.schema), d]));

/** Kind and one-line summary of every detector, for documentation. */
export const DETECTOR_KINDS = DETECTORS.map((d) => ({ kind: kindOf(d.schema), summary: d.summary }));

/** Compiles a validated `detect:` block. Errors carry the path below the rule, for the linter. */
export function compileDetector(options: { kind: string }, env: CompileEnv, path: (string | number)[] = []): DetectFn {
  const detector = BY_KIND.get(options.kind);
  if (!detector) throw new PackCompileError(`unknown detector kind "${options.kind}"`, [...path, 'kind']);
  try {
    const detect = detector.compile(options as never, env);
    const wholeDraft = 'composite' in detector && detector.composite && !('paragraphLocal' in detector && detector.paragraphLocal?.(options as never));
    return wholeDraft ? detect : perParagraph(detect);
  } catch (error) {
    if (error instanceof PackCompileError) throw new PackCompileError(error.message, [...path, ...error.path]);
    throw error;
  }
}
