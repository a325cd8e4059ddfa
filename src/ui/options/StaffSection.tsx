import { useState } from 'preact/hooks';
import type { EffectiveSettings, SiteState } from '../../storage/effective';
import { sameHandle } from '../../storage/effective';
import { updateStaffSettings, type SiteSettings } from '../../storage/settings';
import { SITE_IDS, SITE_NAMES, type SiteId } from '../../storage/sites';
import { Locked } from './Locked';

/** Saves one site's settings; the rest of the stored settings stay as they are. */
function saveSite(site: SiteId, change: (s: SiteSettings) => SiteSettings): Promise<void> {
  return updateStaffSettings((settings) => {
    const current = settings.sites[site] ?? { enabled: true, trustAccounts: [], bioDisclaimer: false };
    return { ...settings, sites: { ...settings.sites, [site]: change(current) } };
  });
}

/** Per site: checking on or off, the Trust accounts this person posts as, and the profile-bio disclaimer. */
export function StaffSection({ settings }: { settings: EffectiveSettings }) {
  return (
    <section aria-labelledby="staff-heading" class="panel">
      <h2 id="staff-heading">Your sites and accounts</h2>
      <p class="muted">
        Posts from a Trust account are checked more strictly (no politics, consent for patient stories). Postcheck
        uses Trust mode for drafts written as the accounts listed here.
      </p>
      {!settings.staffMayChange && (
        <p>
          <Locked /> Your Trust manages these settings, so they cannot be changed here.
        </p>
      )}
      <div class="sites">
        {SITE_IDS.map((site) => (
          <SiteCard key={site} site={site} state={settings.sites[site]} editable={settings.staffMayChange} />
        ))}
      </div>
    </section>
  );
}

function SiteCard({ site, state, editable }: { site: SiteId; state: SiteState; editable: boolean }) {
  const name = SITE_NAMES[site];
  const [handle, setHandle] = useState('');
  const [error, setError] = useState('');

  const add = (e: Event) => {
    e.preventDefault();
    const value = handle.trim();
    if (!value) return setError('Type a handle or page name first.');
    if (state.trustAccounts.some((a) => sameHandle(a.handle, value))) return setError(`${value} is already on the list.`);
    setError('');
    setHandle('');
    void saveSite(site, (s) => ({ ...s, trustAccounts: [...s.trustAccounts, value] }));
  };

  return (
    <fieldset class="site" aria-labelledby={`site-${site}`}>
      <h3 id={`site-${site}`}>{name}</h3>
      <label class="check">
        <input
          type="checkbox"
          checked={state.enabled}
          disabled={!editable || state.disabledByPolicy}
          onChange={(e) => {
            const enabled = e.currentTarget.checked;
            void saveSite(site, (s) => ({ ...s, enabled }));
          }}
        />
        Check my drafts on {name}
      </label>
      {state.disabledByPolicy && (
        <p>
          <Locked /> Switched off for {name} by your Trust.
        </p>
      )}
      <label class="check">
        <input
          type="checkbox"
          checked={state.bioDisclaimer}
          disabled={!editable}
          onChange={(e) => {
            const bioDisclaimer = e.currentTarget.checked;
            void saveSite(site, (s) => ({ ...s, bioDisclaimer }));
          }}
        />
        My {name} profile bio already says my views are my own
      </label>
      <h4 id={`accounts-${site}`}>Trust accounts on {name}</h4>
      {state.trustAccounts.length === 0 ? (
        <p class="muted">None: every draft is checked as from a personal account.</p>
      ) : (
        <ul class="accounts" aria-labelledby={`accounts-${site}`}>
          {state.trustAccounts.map((a) => (
            <li key={a.handle}>
              {a.handle}{' '}
              {a.byPolicy ? (
                <Locked label="set by your Trust" />
              ) : (
                <button
                  type="button"
                  class="link"
                  disabled={!editable}
                  aria-label={`Remove ${a.handle} from the Trust accounts on ${name}`}
                  onClick={() => void saveSite(site, (s) => ({ ...s, trustAccounts: s.trustAccounts.filter((h) => h !== a.handle) }))}
                >
                  Remove
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {editable && (
        <form class="add" onSubmit={add}>
          <label>
            Add a handle or page name
            <input
              type="text"
              value={handle}
              placeholder={site === 'x' ? '@NHSTrust' : 'Trust page name'}
              aria-describedby={error ? `error-${site}` : undefined}
              onInput={(e) => setHandle(e.currentTarget.value)}
            />
          </label>
          <button type="submit">Add</button>
          {error && (
            <p id={`error-${site}`} class="error" role="alert">
              {error}
            </p>
          )}
        </form>
      )}
    </fieldset>
  );
}
