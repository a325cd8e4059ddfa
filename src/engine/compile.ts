import { compileDetector } from './detectors/index';
import type { CompileEnv, DetectFn } from './detector';
import { PackCompileError, perParagraph } from './detector';
import type { Pack, Rule } from './pack';
import { compilePhrases } from './phrases';
import { finish, type Steps } from './steps';

export interface CompiledRule {
  rule: Rule;
  detect: DetectFn;
  /** Finds of the allow-list phrases: a match overlapping one is dropped. */
  allow?: DetectFn;
  unless?: { find: DetectFn; within?: number };
}

export interface CompiledPack {
  pack: Pack;
  rules: CompiledRule[];
}

/**
 * Turns a validated pack into functions, once. Throws PackCompileError with the path of the faulty field
 * (e.g. ['rules', 3, 'detect', 'regex']) for problems the schema cannot see: unknown vocabularies,
 * bad patterns, duplicate ids.
 */
export function compilePack(pack: Pack): CompiledPack {
  return finish(compileSteps(pack));
}

/** The same, a step per rule (see steps.ts): compiling the packs is the heaviest thing a page does. */
export function* compileSteps(pack: Pack): Steps<CompiledPack> {
  const vocab = pack.vocabularies ?? {};
  const env: CompileEnv = {
    terms(list, path) {
      return list.flatMap((term, i) => {
        if (!term.startsWith('@')) return [term];
        const words = vocab[term.slice(1)];
        if (!words) throw new PackCompileError(`refers to vocabulary "${term}", which the pack does not define`, [...path, i]);
        return words;
      });
    },
  };
  const seen = new Set<string>();
  const rules: CompiledRule[] = [];
  for (const [index, rule] of pack.rules.entries()) {
    const at = (...path: (string | number)[]) => ['rules', index, ...path];
    if (seen.has(rule.id)) throw new PackCompileError(`duplicate rule id "${rule.id}"`, at('id'));
    seen.add(rule.id);
    const phrases = (list: string[], ...path: (string | number)[]) => {
      try {
        const matcher = compilePhrases(env.terms(list, []), { forms: path[0] === 'unless' });
        return perParagraph((doc) => matcher.find(doc));
      } catch (error) {
        if (error instanceof PackCompileError) throw new PackCompileError(error.message, at(...path, ...error.path));
        throw error;
      }
    };
    let detect: DetectFn;
    try {
      detect = compileDetector(rule.detect, env);
    } catch (error) {
      if (error instanceof PackCompileError) throw new PackCompileError(error.message, at('detect', ...error.path));
      throw error;
    }
    rules.push({
      rule,
      detect,
      allow: rule.allow && phrases(rule.allow, 'allow'),
      unless: rule.unless && { find: phrases(rule.unless.terms, 'unless', 'terms'), within: rule.unless.within },
    });
    yield;
  }
  return { pack, rules };
}
