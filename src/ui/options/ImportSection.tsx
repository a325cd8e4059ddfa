import { useState } from 'preact/hooks';
import type { Pack } from '../../engine/pack';
import { loadPack } from '../../engine/pack-loader';
import type { PackProblem } from '../../engine/pack-problems';
import type { EffectiveSettings } from '../../storage/effective';
import { saveImportedPacks, type StoredSettings } from '../../storage/settings';
import { Locked } from './Locked';
import { diffPacks, type PackDiff } from './pack-diff';

type Checked =
  | { state: 'none' }
  | { state: 'invalid'; source: string; problems: PackProblem[] }
  | { state: 'valid'; source: string; pack: Pack; current?: Pack; diff: PackDiff };

/** "the pasted pack" starts a heading as "The pasted pack"; a file name stays as it is. */
const capitalised = (source: string) => source.replace(/^the /, 'The ');

/** Where a problem is, in the words of the CLI's `rules lint`: line, rule and field. */
function where(p: PackProblem): string {
  return [p.line !== undefined && `line ${p.line}`, p.ruleId && `rule ${p.ruleId}`, p.field && `field ${p.field}`].filter(Boolean).join(', ');
}

/**
 * Importing a pack: the file or pasted text goes through the same loader as `postcheck rules lint`.
 * A pack with problems is shown with every problem and never replaces the one in use; a valid one is
 * previewed against the pack it would replace, and only "Switch it on" stores it (as JSON).
 */
export function ImportSection({ settings, stored }: { settings: EffectiveSettings; stored: StoredSettings }) {
  const [pasted, setPasted] = useState('');
  const [checked, setChecked] = useState<Checked>({ state: 'none' });
  const [done, setDone] = useState('');

  const check = (text: string, source: string) => {
    setDone('');
    const result = loadPack(text, source);
    if (!result.ok) return setChecked({ state: 'invalid', source, problems: result.problems });
    const current = settings.packs.find((p) => p.pack.id === result.pack.id)?.pack;
    setChecked({ state: 'valid', source, pack: result.pack, current, diff: diffPacks(current, result.pack) });
  };

  const onFile = async (e: Event) => {
    const file = (e.currentTarget as HTMLInputElement).files?.[0];
    if (file) check(await file.text(), file.name);
  };

  const switchOn = async (pack: Pack, source: string) => {
    const others = stored.imported.filter((p) => p.pack.id !== pack.id);
    await saveImportedPacks([...others, { pack, source, importedAt: new Date().toISOString() }]);
    setChecked({ state: 'none' });
    setPasted('');
    setDone(`${pack.name} ${pack.version} is switched on.`);
  };

  if (!settings.staffMayChange) {
    return (
      <section aria-labelledby="import-heading" class="panel">
        <h2 id="import-heading">Import a rule pack</h2>
        <p>
          <Locked /> Your Trust sets the rule packs, so packs cannot be imported here.
        </p>
      </section>
    );
  }

  return (
    <section aria-labelledby="import-heading" class="panel">
      <h2 id="import-heading">Import a rule pack</h2>
      <p class="muted">
        A YAML or JSON pack, checked exactly as <code>postcheck rules lint</code> checks it. Nothing changes until you switch it on.
      </p>
      <label class="field-label">
        Pack file (.yaml, .yml or .json)
        <input type="file" accept=".yaml,.yml,.json,application/json,application/yaml,text/yaml" onChange={(e) => void onFile(e)} />
      </label>
      <label class="field-label" for="pasted-pack">
        Or paste the pack
      </label>
      <textarea id="pasted-pack" rows={8} value={pasted} spellcheck={false} onInput={(e) => setPasted(e.currentTarget.value)} />
      <p>
        <button type="button" disabled={pasted.trim() === ''} onClick={() => check(pasted, 'the pasted pack')}>
          Check pasted pack
        </button>
      </p>
      <div role="status" aria-live="polite">
        {done && <p class="done">{done}</p>}
      </div>
      {checked.state === 'invalid' && (
        <div class="problems" role="alert">
          <h3>
            <span aria-hidden="true">✕ </span>
            {capitalised(checked.source)} cannot be used: {checked.problems.length} {checked.problems.length === 1 ? 'problem' : 'problems'}. The pack in use
            has not changed.
          </h3>
          <ul>
            {checked.problems.map((p, i) => (
              <li key={i}>
                <strong>{where(p) || checked.source}</strong>: {p.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {checked.state === 'valid' && <Preview checked={checked} settings={settings} onSwitchOn={switchOn} onCancel={() => setChecked({ state: 'none' })} />}
    </section>
  );
}

function Preview(props: {
  checked: Extract<Checked, { state: 'valid' }>;
  settings: EffectiveSettings;
  onSwitchOn(pack: Pack, source: string): Promise<void>;
  onCancel(): void;
}) {
  const { pack, current, diff, source } = props.checked;
  const byPolicy = props.settings.packs.some((p) => p.pack.id === pack.id && p.source === 'policy');
  const nothing = diff.added.length + diff.removed.length + diff.severityChanged.length + diff.otherwiseChanged.length === 0;
  return (
    <div class="preview" aria-labelledby="preview-heading">
      <h3 id="preview-heading">
        <span aria-hidden="true">✓ </span>
        {capitalised(source)} is a valid pack: {pack.name} {pack.version}
      </h3>
      <p>
        {current ? `It would replace ${current.name} ${current.version} (${current.rules.length} rules).` : 'It would be added as a new pack.'} Owner{' '}
        {pack.owner}, last reviewed {pack.lastReviewed}, {pack.rules.length} rules.
      </p>
      {nothing && <p>No rule changes.</p>}
      <Change title="Rules added" items={diff.added.map((r) => `${r.id}: ${r.message}`)} />
      <Change title="Rules removed" items={diff.removed.map((r) => `${r.id}: ${r.message}`)} />
      <Change title="Severity changed" items={diff.severityChanged.map((c) => `${c.id}: ${c.from} → ${c.to}`)} />
      <Change title="Rules otherwise changed" items={diff.otherwiseChanged} />
      {byPolicy ? (
        <p>
          <Locked /> Your Trust's policy sets the pack {pack.id}, so this import would not be used.
        </p>
      ) : (
        <p class="actions">
          <button type="button" class="primary" onClick={() => void props.onSwitchOn(pack, source)}>
            Switch it on
          </button>{' '}
          <button type="button" onClick={props.onCancel}>
            Cancel
          </button>
        </p>
      )}
    </div>
  );
}

function Change({ title, items }: { title: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <>
      <h4>
        {title} ({items.length})
      </h4>
      <ul class="changes">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </>
  );
}
