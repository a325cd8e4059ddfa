import type { EffectiveSettings } from '../../storage/effective';
import type { ManagedPolicy } from '../../storage/settings';
import { SITE_NAMES } from '../../storage/sites';
import { Locked } from './Locked';

/** What the Trust's IT has set by browser policy, shown only when something is set. */
export function PolicySection({ settings, managed }: { settings: EffectiveSettings; managed: ManagedPolicy }) {
  if (Object.keys(managed).length === 0) return null;
  return (
    <section aria-labelledby="policy-heading" class="panel">
      <h2 id="policy-heading">
        <Locked label="Set by your Trust" />
      </h2>
      <ul class="policy-list">
        {managed.rulePack && (
          <li>
            Rule pack: {managed.rulePack.name} {managed.rulePack.version}
          </li>
        )}
        {managed.disabledSites?.length ? <li>Not checked: {managed.disabledSites.map((s) => SITE_NAMES[s]).join(', ')}</li> : null}
        {managed.disabledRules?.length ? <li>Rules switched off: {managed.disabledRules.join(', ')}</li> : null}
        {settings.preElection.map((p) => (
          <li key={p.start}>
            {p.name ?? 'Pre-election period'}: {p.start} to {p.end}. Political posts from Trust accounts are blocked.
          </li>
        ))}
        {managed.allowStaffSettings === false && <li>Staff cannot change their own settings.</li>}
      </ul>
    </section>
  );
}
