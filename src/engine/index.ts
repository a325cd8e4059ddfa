/** The engine's public surface: pure TypeScript, no DOM, no browser APIs. */
export { analyze, compiledFor, compiledForGradually, type AnalyzeOptions } from './analyze';
export { localDate, type PreElectionPeriod } from './election';
export { compilePack, type CompiledPack } from './compile';
export { PackSchema, type Pack, type Rule } from './pack';
export * from './types';
