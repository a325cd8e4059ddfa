import * as z from 'zod/mini';

/** A list of words or phrases; an item `@name` stands for the pack vocabulary of that name. */
export const TermList = z.array(z.string().check(z.minLength(1))).check(z.minLength(1));

export const SEVERITY_SETTINGS = ['block', 'warn', 'info', 'off'] as const;
export const SeveritySetting = z.enum(SEVERITY_SETTINGS);
