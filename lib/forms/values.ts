import { partialDateInput, type DatePrecision } from '@/lib/format'
import { LocalizedText } from '@/lib/i18n/localized'
import { locales } from '@/lib/i18n/locales'
import type { FormValues } from './state'

/** A multilingual JSON field as form values: {"title.ky": …, "title.ru": …, "title.en": …}. */
export function localizedValues(name: string, value: unknown): FormValues {
  const text = LocalizedText.catch({}).parse(value ?? {})
  return Object.fromEntries(locales.flatMap((l) => (text[l] ? [[`${name}.${l}`, text[l]!]] : [])))
}

/** Drops nulls and undefined, turns numbers to text: what inputs show. */
export function plainValues(values: Record<string, string | number | null | undefined>): FormValues {
  return Object.fromEntries(
    Object.entries(values).flatMap(([k, v]) => (v === null || v === undefined || v === '' ? [] : [[k, String(v)]])),
  )
}

type Period = {
  startDate: Date | null
  startPrecision: DatePrecision | null
  endDate: Date | null
  endPrecision: DatePrecision | null
}

/** A record's start and end (partial dates) as the values of its `startDate` and `endDate` inputs. */
export function periodValues(p: Period): { startDate: string; endDate: string } {
  return {
    startDate: partialDateInput(p.startDate, p.startPrecision),
    endDate: partialDateInput(p.endDate, p.endPrecision),
  }
}

type PartyRow = { id: string; organizationId: string | null; partyType: string | null; nameAsReported: string | null }

/**
 * Party `i` of a partnership or memorandum as `parties.i.*` values: its row id, its organization or
 * else the name it was reported by, its type, and the entity's own fields in `more`.
 */
export function partyValues(
  i: number,
  party: PartyRow,
  more: Record<string, string | number | null | undefined> = {},
): FormValues {
  const fields = {
    id: party.id,
    organizationId: party.organizationId,
    nameAsReported: party.organizationId ? null : party.nameAsReported,
    partyType: party.partyType,
    ...more,
  }
  return plainValues(Object.fromEntries(Object.entries(fields).map(([k, v]) => [`parties.${i}.${k}`, v])))
}
