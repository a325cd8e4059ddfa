import { useMemo, useState } from 'preact/hooks';
import { analyze, type Account, type Finding } from '../../engine';
import type { EffectiveSettings } from '../../storage/effective';
import { checkConfigFor } from '../../storage/packs';
import { SITE_IDS, SITE_NAMES, type SiteId } from '../../storage/sites';
import { CATEGORY_NAMES } from '../labels';
import { policyCitation } from '../policy-names';
import { SeverityLabel } from '../SeverityLabel';

/**
 * Try a draft against the packs and settings in force, as if posted on a site from a kind of account.
 * What is typed here stays in this page's memory: it is never stored.
 */
export function Playground({ settings }: { settings: EffectiveSettings }) {
  const [text, setText] = useState('');
  const [site, setSite] = useState<SiteId>('x');
  const [account, setAccount] = useState<Account>('personal');
  const [hasMedia, setHasMedia] = useState(false);
  const config = useMemo(() => checkConfigFor(settings, site), [settings, site]);
  const findings: Finding[] = useMemo(
    () => (text.trim() === '' ? [] : analyze({ text, platform: site, account, hasMedia }, config.packs, config.analyzeOptions)),
    [text, site, account, hasMedia, config],
  );
  const summary =
    text.trim() === '' ? 'Type a draft to see what Postcheck says about it.' : findings.length === 0 ? 'Nothing found.' : `${findings.length} ${findings.length === 1 ? 'finding' : 'findings'}.`;

  return (
    <section aria-labelledby="playground-heading" class="panel">
      <h2 id="playground-heading">Try a draft</h2>
      <div class="row">
        <label>
          Site{' '}
          <select value={site} onChange={(e) => setSite(e.currentTarget.value as SiteId)}>
            {SITE_IDS.map((s) => (
              <option key={s} value={s}>
                {SITE_NAMES[s]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Account{' '}
          <select value={account} onChange={(e) => setAccount(e.currentTarget.value as Account)}>
            <option value="personal">Personal</option>
            <option value="trust">Trust account</option>
          </select>
        </label>
        <label class="check">
          <input type="checkbox" checked={hasMedia} onChange={(e) => setHasMedia(e.currentTarget.checked)} /> With a photo or video
        </label>
      </div>
      <label class="field-label" for="playground-draft">
        Draft
      </label>
      <textarea id="playground-draft" rows={5} value={text} onInput={(e) => setText(e.currentTarget.value)} />
      {config.checking !== 'on' && <p class="muted">Checking is switched off on {SITE_NAMES[site]}; this shows what the rules would find.</p>}
      <p role="status" aria-live="polite" class="verdict">
        {summary}
      </p>
      <ul class="playground-findings">
        {findings.map((f) => (
          <li key={`${f.ruleId}-${f.start}`} class={`finding ${f.severity}`}>
            <SeverityLabel severity={f.severity} />{' '}
            <span class="muted">
              {CATEGORY_NAMES[f.category]} · {f.ruleId}
            </span>
            <q class="excerpt">{f.excerpt}</q>
            <p class="message">{f.message}</p>
            <p class="policy">Policy: {policyCitation(f.policy.source, f.policy.section)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
