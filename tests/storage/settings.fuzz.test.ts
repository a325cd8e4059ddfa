import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtInPacks } from '../../src/storage/built-in-packs';
import { effectiveSettings } from '../../src/storage/effective';
import { parseStoredSettings } from '../../src/storage/settings';
import { trustPack } from './trust-pack';

// Packs also reach the extension without the loader: as JSON text in the Trust's browser policy, and as
// the imported packs kept in storage (which anything with access to the profile could have changed).
// A bad one is ignored with a reason; the packs in use stay the built-in ones, and reading never throws.

const BUILT_IN = builtInPacks();
const inUse = (stored: ReturnType<typeof parseStoredSettings>) => effectiveSettings(stored, BUILT_IN).packs.map(({ pack, source }) => ({ pack, source }));
const builtInOnly = BUILT_IN.map((pack) => ({ pack, source: 'built-in' })).sort((a, b) => a.pack.id.localeCompare(b.pack.id));

/** A copy of the Trust pack with one value anywhere replaced by something of another type. */
const mutatedPack = fc
  .tuple(fc.constantFrom('id', 'name', 'version', 'owner', 'lastReviewed', 'rules', 'category', 'severity', 'message', 'policy', 'detect', 'examples', 'kind', 'terms'), fc.jsonValue({ maxDepth: 3 }).filter((v) => typeof v !== 'string'), fc.nat(2))
  .map(([field, value, rule]) => {
    const pack = structuredClone(trustPack) as unknown as Record<string, unknown>;
    const rules = pack.rules as Record<string, unknown>[];
    if (field in pack) pack[field] = value;
    else if (field === 'kind' || field === 'terms') (rules[rule].detect as Record<string, unknown>)[field] = value;
    else rules[rule][field] = value;
    return pack;
  });
const deeplyNested = fc.integer({ min: 1_000, max: 100_000 }).map((n) => JSON.parse(JSON.stringify({ ...trustPack, description: 'x' }).replace('"x"', `${'['.repeat(n)}${']'.repeat(n)}`)) as unknown);
const badPattern = fc.constantFrom('(?=a)b', '(a)\\1', '(a', 'a*').map((regex) => ({ ...trustPack, rules: [{ ...trustPack.rules[0], detect: { kind: 'pattern', regex } }] }));

describe('packs from the policy and from storage (property-based)', () => {
  it('a policy rulePack that is not a good pack is ignored with a reason, and the built-in packs stay in use', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.jsonValue().map((v) => JSON.stringify(v)),
      mutatedPack.map((p) => JSON.stringify(p)),
      badPattern.map((p) => JSON.stringify(p)),
      fc.integer({ min: 1_000, max: 100_000 }).map((n) => '['.repeat(n)),
    );
    fc.assert(
      fc.property(text, (rulePack) => {
        const stored = parseStoredSettings({ managed: { rulePack } });
        expect(stored.managed.rulePack).toBeUndefined();
        expect(stored.problems).toEqual([expect.stringMatching(/^The Trust's policy "rulePack" is ignored: .+/)]);
        expect(inUse(stored)).toEqual(builtInOnly);
      }),
      { numRuns: 150 },
    );
  });

  it('a stored imported pack that no longer parses or compiles is dropped with a reason, and the rest still apply', () => {
    const good = { pack: trustPack, source: 'trust-extra.yaml', importedAt: '2026-11-29T10:00:00Z' };
    const entry = fc.oneof(
      fc.oneof(mutatedPack, deeplyNested, badPattern).map((pack) => ({ named: true, value: { ...good, pack } })),
      fc.jsonValue({ maxDepth: 3 }).map((value) => ({ named: false, value })),
    );
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 4 }), fc.nat(4), (bad, at) => {
        const imported: unknown[] = bad.map((b) => b.value);
        imported.splice(at % (bad.length + 1), 0, good);
        const stored = parseStoredSettings({ imported });
        expect(stored.imported).toEqual([good]);
        // A record that is not an imported pack at all cannot be named; a pack that is wrong is named by its file, with what is wrong.
        expect(stored.problems).toEqual(
          bad.map(({ named }) =>
            named
              ? expect.stringMatching(/^The imported rule pack from trust-extra\.yaml is not in use: .+\. Fix it and import it again\.$/)
              : 'An imported rule pack could not be read and is not in use; import it again.',
          ),
        );
        expect(inUse(stored).map(({ pack }) => pack.id)).toEqual([...BUILT_IN.map((p) => p.id), 'trust-extra'].sort());
      }),
      { numRuns: 150 },
    );
  });
});
