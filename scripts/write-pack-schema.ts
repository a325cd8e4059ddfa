import { writeFileSync } from 'node:fs';
import { packJsonSchema } from '../src/engine/pack-json-schema';

writeFileSync(new URL('../rules/pack.schema.json', import.meta.url), packJsonSchema());
console.log('wrote rules/pack.schema.json');
