import * as z from 'zod/mini';
import { compileContext, ContextOption } from '../context';
import { defineDetector } from '../detector';
import { TermList } from '../schema-parts';

const EMAIL = /(?<![\w.%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b/g;

export const email = defineDetector({
  schema: z.strictObject({
    kind: z.literal('email'),
    /** Domains never reported, e.g. a Trust's shared mailboxes: nhs.net (a domain also covers its subdomains). */
    allowDomains: z.optional(TermList),
    context: z.optional(ContextOption),
  }),
  summary: 'Email addresses (not @handles), except those on allowed domains.',
  compile(options, env) {
    const inContext = compileContext(options.context, env);
    const allowed = env.terms(options.allowDomains ?? [], ['allowDomains']).map((d) => d.toLowerCase());
    const isAllowed = (domain: string) => allowed.some((d) => domain === d || domain.endsWith(`.${d}`));
    return (doc) => {
      if (!doc.norm.includes('@')) return [];
      return [...doc.norm.matchAll(EMAIL)]
        .map((m) => ({ start: m.index, end: m.index + m[0].length, domain: m[0].split('@')[1].toLowerCase() }))
        .filter((m) => !isAllowed(m.domain) && inContext(doc, m))
        .map(({ start, end }) => ({ start, end }));
    };
  },
});
