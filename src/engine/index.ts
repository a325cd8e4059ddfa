/** The engine's public surface: pure TypeScript, no DOM, no browser APIs. */
export { analyze, compiledFor, compiledForSteps, type AnalyzeOptions } from './analyze';
export { localDate, type PreElectionPeriod } from './election';
export { compilePack, type CompiledPack } from './compile';
export { finish, finishGradually, type Steps } from './steps';
export { PackSchema, type Pack, type Rule } from './pack';
export * from './types';
