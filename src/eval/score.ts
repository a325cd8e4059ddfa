import { CATEGORIES, CORE_CATEGORIES, type Category, type Finding } from '../engine/types';

export interface LabelledDraft {
  id: string;
  expect: Category[];
}

export interface CategoryScore {
  category: Category;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface EvalReport {
  drafts: number;
  perCategory: CategoryScore[];
  macroF1All: number;
  macroF1Core: number;
  cleanDrafts: number;
  /** Drafts labelled clean that got a warn or block. */
  cleanFlagged: string[];
}

/**
 * Scores findings against labels. A category counts as predicted when a warn or block finding of it is
 * raised (info never holds a post, so it is not a prediction).
 */
export function score(labelled: LabelledDraft[], findingsById: Map<string, Finding[]>): EvalReport {
  const counts = new Map(CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]));
  const cleanFlagged: string[] = [];
  for (const draft of labelled) {
    const predicted = new Set(
      (findingsById.get(draft.id) ?? []).filter((f) => f.severity !== 'info').map((f) => f.category),
    );
    const expected = new Set(draft.expect);
    for (const c of CATEGORIES) {
      const count = counts.get(c)!;
      if (predicted.has(c) && expected.has(c)) count.tp++;
      else if (predicted.has(c)) count.fp++;
      else if (expected.has(c)) count.fn++;
    }
    if (expected.size === 0 && predicted.size > 0) cleanFlagged.push(draft.id);
  }
  const perCategory = CATEGORIES.map((category) => {
    const { tp, fp, fn } = counts.get(category)!;
    const precision = tp + fp === 0 ? (fn === 0 ? 1 : 0) : tp / (tp + fp);
    const recall = tp + fn === 0 ? (fp === 0 ? 1 : 0) : tp / (tp + fn);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { category, tp, fp, fn, precision, recall, f1 };
  });
  const macro = (cats: readonly Category[]) =>
    perCategory.filter((s) => cats.includes(s.category)).reduce((sum, s) => sum + s.f1, 0) / cats.length;
  return {
    drafts: labelled.length,
    perCategory,
    macroF1All: macro(CATEGORIES),
    macroF1Core: macro(CORE_CATEGORIES),
    cleanDrafts: labelled.filter((d) => d.expect.length === 0).length,
    cleanFlagged,
  };
}
