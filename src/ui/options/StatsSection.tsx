import { CATEGORIES } from '../../engine/types';
import { OUTCOMES, resetStats, type Outcome, type Stats } from '../../storage/stats';
import { CATEGORY_NAMES } from '../labels';

const OUTCOME_NAMES: Record<Outcome, string> = { held: 'Held for a check', fixed: 'Fixed in one click', postedAnyway: 'Posted anyway' };

/** Counts only: how often each kind of problem held a post, was fixed, or was posted anyway. Never any text. */
export function StatsSection({ stats }: { stats: Stats }) {
  const rows = CATEGORIES.filter((c) => OUTCOMES.some((o) => stats[o][c]));
  const total = (o: Outcome) => rows.reduce((n, c) => n + (stats[o][c] ?? 0), 0);
  return (
    <section aria-labelledby="stats-heading" class="panel">
      <h2 id="stats-heading">What Postcheck has done</h2>
      <p class="muted">
        Counts only, kept on this computer: never what you wrote, where, or when.
        {stats.since && ` Counting since ${stats.since}.`}
      </p>
      {rows.length === 0 ? (
        <p>Nothing yet: no post has been held.</p>
      ) : (
        <table>
          <caption class="visually-hidden">Drafts per kind of problem</caption>
          <thead>
            <tr>
              <th scope="col">Kind of problem</th>
              {OUTCOMES.map((o) => (
                <th key={o} scope="col">
                  {OUTCOME_NAMES[o]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((c) => (
              <tr key={c}>
                <th scope="row">{CATEGORY_NAMES[c]}</th>
                {OUTCOMES.map((o) => (
                  <td key={o}>{stats[o][c] ?? 0}</td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">All</th>
              {OUTCOMES.map((o) => (
                <td key={o}>{total(o)}</td>
              ))}
            </tr>
          </tfoot>
        </table>
      )}
      {rows.length > 0 && (
        <button type="button" onClick={() => void resetStats()}>
          Reset the counts
        </button>
      )}
    </section>
  );
}
