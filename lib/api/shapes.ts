// The JSON shapes of the public API (/api/v1) that more than one endpoint returns: multilingual text
// with all three languages, partial dates with their precision, parties, memoranda.
import { allLocales } from '@/lib/i18n/localized'
import { partnershipHref } from '@/lib/i18n/paths'
import type { PartialDate, PartyRef } from '@/lib/public/dto'
import { memorandumAnchor, type PublicMemorandum } from '@/lib/public/memoranda'

export const textJson = (v: unknown) => allLocales(v)
export const dateJson = (d: PartialDate | null) => d && { date: d.date, precision: d.precision }
export const partyJson = (p: PartyRef) => ({
  name: p.asReported,
  organization: p.organization && { slug: p.organization.slug, name: textJson(p.organization.name) },
})

/**
 * A memorandum: `status` as recorded, `displayStatus` as it reads today in Bishkek (with days left or
 * since), signatories, amendments, the renewal chain by id, and `confirmedByBoth`.
 */
export function memorandumJson(m: PublicMemorandum, origin: string) {
  return {
    id: m.id,
    kind: m.kind,
    subject: textJson(m.subject),
    signed: dateJson(m.signed),
    effective: dateJson(m.effective),
    expiry: dateJson(m.expiry),
    status: m.status,
    displayStatus: m.display,
    terminated: m.terminated && { date: dateJson(m.terminated.date), reason: textJson(m.terminated.reason) },
    parties: m.parties.map((p) => ({
      ...partyJson(p),
      signatory: p.signatory && {
        name: p.signatory.name,
        title: p.signatory.title,
        signed: dateJson(p.signatory.signed),
      },
    })),
    amendments: m.amendments.map((a) => ({ number: a.number, date: dateJson(a.date), summary: textJson(a.summary) })),
    documents: m.documents.map((d) => ({ ...d, url: `${origin}/api/documents/${d.id}` })),
    renews: m.renews?.id ?? null,
    renewedBy: m.renewedBy.map((r) => r.id),
    confirmedByBoth: m.confirmedByBoth,
    partnership: m.partnership && { slug: m.partnership.slug, title: textJson(m.partnership.title) },
    url: m.partnership ? `${origin}/en${partnershipHref(m.partnership.slug)}#${memorandumAnchor(m.id)}` : null,
    sourcePage: m.sourcePage,
  }
}
