import type { Locale } from './locales'

/**
 * UI messages are split by area into lib/i18n/messages/<locale>/<file>.json so that work on one area
 * does not touch another's file. Each file holds top-level namespaces; no namespace may appear twice.
 * Add a new file's name here.
 */
export const messageFiles = [
  'common',
  'enums',
  'home',
  'charts',
  'atlas',
  'map',
  'records',
  'browse',
  'auth',
  'manage',
  'errors',
  'desk',
  'documents',
  'exports',
  'funders',
  'import',
  'suggestions',
  'share',
] as const

export async function loadMessages(locale: Locale): Promise<Record<string, unknown>> {
  const parts = await Promise.all(
    messageFiles.map(async (f) => (await import(`./messages/${locale}/${f}.json`)).default as Record<string, unknown>),
  )
  return Object.assign({}, ...parts)
}
