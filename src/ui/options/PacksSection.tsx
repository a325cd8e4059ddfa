import { stringify } from 'yaml';
import type { Pack } from '../../engine/pack';
import type { ActivePack, EffectiveSettings } from '../../storage/effective';
import { saveImportedPacks, updateStaffSettings, type StoredSettings } from '../../storage/settings';
import { CATEGORY_NAMES } from '../labels';
import { Locked } from './Locked';
import { severityText } from './pack-diff';

const SOURCE_NAMES: Record<ActivePack['source'], string> = {
  'built-in': 'Built in',
  imported: 'Imported',
  policy: 'Set by your Trust',
};

/** Saves the pack as a file the IG lead can edit and import again (YAML), or put in a policy (JSON). */
function download(pack: Pack, format: 'yaml' | 'json'): void {
  const text = format === 'yaml' ? stringify(pack, { lineWidth: 0 }) : JSON.stringify(pack, null, 2);
  const url = URL.createObjectURL(new Blob([text], { type: format === 'yaml' ? 'application/yaml' : 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `${pack.id}-${pack.version}.${format}`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function setRule(packId: string, ruleId: string, on: boolean): Promise<void> {
  const key = `${packId}:${ruleId}`;
  return updateStaffSettings((s) => ({
    ...s,
    disabledRules: on ? s.disabledRules.filter((k) => k !== key) : [...new Set([...s.disabledRules, key])],
  }));
}

/** The packs in force with version, owner and review date; export; each rule on or off. */
export function PacksSection({ settings, stored }: { settings: EffectiveSettings; stored: StoredSettings }) {
  const removeImport = (id: string) => saveImportedPacks(stored.imported.filter((p) => p.pack.id !== id));
  return (
    <section aria-labelledby="packs-heading" class="panel">
      <h2 id="packs-heading">Rule packs in use</h2>
      <table class="packs">
        <thead>
          <tr>
            <th scope="col">Pack</th>
            <th scope="col">Version</th>
            <th scope="col">Owner</th>
            <th scope="col">Last reviewed</th>
            <th scope="col">Source</th>
            <th scope="col">Export</th>
          </tr>
        </thead>
        <tbody>
          {settings.packs.map(({ pack, source, importedFrom }) => (
            <tr key={pack.id}>
              <th scope="row">
                {pack.name} <span class="muted">({pack.id})</span>
              </th>
              <td>{pack.version}</td>
              <td>{pack.owner}</td>
              <td>{pack.lastReviewed}</td>
              <td>
                {source === 'policy' ? <Locked label={SOURCE_NAMES[source]} /> : SOURCE_NAMES[source]}
                {importedFrom && (
                  <>
                    {' '}
                    <span class="muted">
                      from {importedFrom.source}, {importedFrom.importedAt.slice(0, 10)}
                    </span>{' '}
                    <button type="button" class="link" onClick={() => void removeImport(pack.id)} aria-label={`Stop using the imported ${pack.name}`}>
                      Stop using
                    </button>
                  </>
                )}
              </td>
              <td class="actions">
                <button type="button" onClick={() => download(pack, 'yaml')} aria-label={`Export ${pack.name} as YAML`}>
                  YAML
                </button>{' '}
                <button type="button" onClick={() => download(pack, 'json')} aria-label={`Export ${pack.name} as JSON`}>
                  JSON
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {settings.packs.map(({ pack }) => (
        <RuleList key={pack.id} pack={pack} settings={settings} />
      ))}
    </section>
  );
}

function RuleList({ pack, settings }: { pack: Pack; settings: EffectiveSettings }) {
  const off = pack.rules.filter((r) => settings.ruleOff(pack.id, r.id)).length;
  return (
    <details class="rules">
      <summary>
        Rules of {pack.name}: {pack.rules.length - off} on{off > 0 && `, ${off} off`}
      </summary>
      <ul>
        {pack.rules.map((rule) => {
          const switched = settings.ruleOff(pack.id, rule.id);
          const id = `rule-${pack.id}-${rule.id}`;
          return (
            <li key={rule.id} class="rule">
              <input
                id={id}
                type="checkbox"
                checked={!switched}
                disabled={switched === 'policy' || !settings.staffMayChange}
                onChange={(e) => void setRule(pack.id, rule.id, e.currentTarget.checked)}
              />
              <label for={id}>
                <strong>{rule.id}</strong> <span class="muted">({CATEGORY_NAMES[rule.category]}; {severityText(rule.severity)})</span>
                <br />
                {rule.message}
              </label>
              {switched === 'policy' && <Locked label="Switched off by your Trust" />}
            </li>
          );
        })}
      </ul>
    </details>
  );
}
