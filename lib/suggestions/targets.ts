// What the "suggest a correction" form needs in the browser, without zod: the form sits on every public
// record page, and zod (~30 KB gzip) would join their first-load JavaScript (docs/BENCHMARKS.md). The
// schema that checks a suggestion is lib/suggestions/schema.ts, on the server.

/** The public records a reader may suggest a correction to, as their public pages name them. */
export const suggestionTargets = ['case-study', 'partnership', 'project', 'organization', 'place'] as const
export type SuggestionTarget = (typeof suggestionTargets)[number]

export const MESSAGE_MAX = 2000
