/**
 * The messages the client components of the public pages and of the locale layout read, as dot paths
 * (a namespace, or one key's subtree). Only these go to the browser with a public page: next-intl's
 * provider otherwise serializes every message of the site (~87 KB, 28 KB gzip, the manage side's
 * included) into the inline RSC payload of every page. The manage and account pages put all messages
 * back with a provider of their own (ADR 028). tests/unit/public-client-bundle.test.ts walks the public
 * pages' client components and fails when one reads a message outside these paths.
 */
export const PUBLIC_CLIENT_MESSAGES = [
  'nav',
  'auth.header',
  'auth.signOut',
  'charts',
  'enums',
  'errorPage',
  'suggestions',
  'manage.form',
  'manage.errors',
  'manage.warnings',
] as const

type Messages = Record<string, unknown>

/** The part of `messages` under the given dot paths, nested as in the original; missing paths are skipped. */
export function pickMessages(messages: Messages, paths: readonly string[]): Messages {
  const out: Messages = {}
  for (const path of paths) {
    const keys = path.split('.')
    let from: unknown = messages
    for (const k of keys) from = from && typeof from === 'object' ? (from as Messages)[k] : undefined
    if (from === undefined) continue
    let to = out
    for (const k of keys.slice(0, -1)) to = (to[k] ??= {}) as Messages
    to[keys.at(-1)!] = from
  }
  return out
}

/** Whether a message key (full dot path) lies under one of the paths. */
export function coveredBy(key: string, paths: readonly string[]): boolean {
  return paths.some((p) => key === p || key.startsWith(`${p}.`))
}
