import { Options } from './Options';
import { useOptionsState } from './use-options-state';

/** The options page bound to browser storage. */
export function OptionsPage() {
  return <Options state={useOptionsState()} />;
}
