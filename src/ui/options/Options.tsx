import { ImportSection } from './ImportSection';
import { PacksSection } from './PacksSection';
import { Playground } from './Playground';
import { PolicySection } from './PolicySection';
import { StaffSection } from './StaffSection';
import { StatsSection } from './StatsSection';
import type { OptionsState } from './use-options-state';

/** The options page: staff settings and statistics first, then the IG lead's packs, import and playground. */
export function Options({ state }: { state: OptionsState | undefined }) {
  if (!state) return <p role="status">Loading your settings…</p>;
  const { settings, stored, stats } = state;
  return (
    <>
      <header class="page-header">
        <h1>Postcheck settings</h1>
        <nav aria-label="Sections">
          <a href="#staff">For staff</a> · <a href="#ig-lead">For IG leads</a>
        </nav>
      </header>
      <main>
        {settings.problems.length > 0 && (
          <div class="problems" role="alert">
            {settings.problems.map((problem) => (
              <p key={problem} class="error">
                {problem}
              </p>
            ))}
          </div>
        )}
        <PolicySection settings={settings} managed={stored.managed} />
        <div id="staff">
          <StaffSection settings={settings} />
          <StatsSection stats={stats} />
        </div>
        <div id="ig-lead">
          <PacksSection settings={settings} stored={stored} />
          <ImportSection settings={settings} stored={stored} />
          <Playground settings={settings} />
        </div>
      </main>
    </>
  );
}
