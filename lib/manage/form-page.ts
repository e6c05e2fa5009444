import 'server-only'
import { getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'
import { requireActor } from '@/lib/auth/actor'
import { canCreateRecords, type Actor } from '@/lib/auth/roles'
import type { Locale } from '@/lib/i18n/locales'
import { pageLocale } from '@/lib/i18n/page'
import { listOrganizationOptions } from '@/lib/organizations/manage-queries'
import { listTerritoryOptions } from '@/lib/territories/options'
import { createFormData } from './page-data'

/** The pick lists a form page asks for; a list not asked for is not queried (and comes back empty). */
export type FormNeeds = { organizations?: boolean; territories?: boolean }

async function formOptions(actor: Actor, locale: Locale, needs: FormNeeds) {
  const [organizations, territories] = await Promise.all([
    needs.organizations ? listOrganizationOptions(actor, locale) : [],
    needs.territories ? listTerritoryOptions(locale) : [],
  ])
  return { organizations, territories }
}

/**
 * The start of a page about one record the actor may change: the locale, the signed-in actor (sign-in
 * comes back to `path`), and the record as `load` gives it to this actor — "not found" when it gives
 * nothing, the same answer as for a record that does not exist.
 */
export async function requireRecord<R>(
  params: Promise<{ locale: string; id: string }>,
  path: (id: string) => string,
  load: (actor: Actor, id: string) => Promise<R | null>,
) {
  const locale = await pageLocale(params)
  const { id } = await params
  const actor = await requireActor(path(id))
  const record = await load(actor, id)
  if (!record) notFound()
  return { locale, id, actor, record }
}

/** A manage edit page (or a page adding to a record): `requireRecord`, the manage messages and the pick lists. */
export async function loadEditPage<R>(
  params: Promise<{ locale: string; id: string }>,
  path: (id: string) => string,
  load: (actor: Actor, id: string) => Promise<R | null>,
  needs: FormNeeds = {},
) {
  const page = await requireRecord(params, path, load)
  const [t, options] = await Promise.all([getTranslations('manage'), formOptions(page.actor, page.locale, needs)])
  return { ...page, ...options, t }
}

/**
 * A manage "new" page: the signed-in actor, who must be able to create records ("not found" otherwise),
 * the form's owners and submission key, the manage messages and the pick lists.
 */
export async function loadNewPage(params: Promise<{ locale: string }>, path: string, needs: FormNeeds = {}) {
  const locale = await pageLocale(params)
  const actor = await requireActor(path)
  if (!canCreateRecords(actor)) notFound()
  const [t, form, options] = await Promise.all([
    getTranslations('manage'),
    createFormData(actor, locale),
    formOptions(actor, locale, needs),
  ])
  return { locale, actor, t, form, ...options }
}
