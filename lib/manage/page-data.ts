import 'server-only'
import { randomUUID } from 'node:crypto'
import type { Actor } from '@/lib/auth/roles'
import type { Locale } from '@/lib/i18n/locales'
import { listActingOrganizations } from '@/lib/organizations/manage-queries'
import { optionLabel } from '@/lib/organizations/options'

/** What every create form needs: a fresh submission key and the organizations the actor may enter for. */
export async function createFormData(actor: Actor, locale: Locale) {
  const acting = await listActingOrganizations(actor, locale)
  return { submissionKey: randomUUID(), owners: acting.map((o) => ({ id: o.id, label: optionLabel(o, locale) })) }
}
