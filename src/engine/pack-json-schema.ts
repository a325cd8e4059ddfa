import * as z from 'zod/mini';
import { PackSchema } from './pack';

/** The JSON Schema editors use to autocomplete and check packs (rules/pack.schema.json). */
export function packJsonSchema(): string {
  const schema = z.toJSONSchema(PackSchema, { io: 'input' }) as Record<string, unknown>;
  return `${JSON.stringify({ ...schema, title: 'Postcheck rule pack' }, null, 2)}\n`;
}
