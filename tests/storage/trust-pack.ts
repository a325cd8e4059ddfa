import { PackSchema } from '../../src/engine/pack';

const policy = { source: '001_a2aaa61759ac3d9f.txt', section: '§3.4' };
const examples = { flag: ['a', 'b'], pass: ['c', 'd'] };

/** A small pack of a Trust's own, as an IG lead would import it or IT would set it by policy. */
export const trustPack = PackSchema.parse({
  id: 'trust-extra',
  name: 'Trust extras',
  version: '1.0.0',
  owner: 'IG',
  lastReviewed: '2026-11-01',
  rules: [
    { id: 'car-park', category: 'grievance', severity: 'warn', message: 'Car park charges are under negotiation.', policy, examples, detect: { kind: 'phrases', terms: ['car park charges'] } },
    { id: 'no-disclaimer', category: 'missing-disclaimer', severity: 'warn', message: 'Say that the views are your own.', policy, examples, detect: { kind: 'phrases', terms: ['my ward'] } },
    { id: 'vote', category: 'political', severity: { personal: 'info', trust: 'warn' }, message: 'Keep election campaigning off work accounts.', policy, examples, detect: { kind: 'phrases', terms: ['vote labour'] } },
  ],
});
