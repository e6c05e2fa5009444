import 'server-only'
import { createHash } from 'node:crypto'
import type { Actor } from '@/lib/auth/roles'
import { caseStudyEditableWhere } from '@/lib/case-studies/policy'
import { prisma } from '@/lib/db'
import { locales, type Locale } from '@/lib/i18n/locales'
import { memorandumEditableWhere } from '@/lib/memoranda/policy'
import { organizationEditableWhere } from '@/lib/organizations/policy'
import { partnershipEditableWhere } from '@/lib/partnerships/policy'
import { programmeEditableWhere } from '@/lib/programmes/policy'
import { projectEditableWhere } from '@/lib/projects/policy'

/** The records whose texts the queue checks, each with its multilingual fields and its manage page. */
const kinds = {
  Organization: { fields: ['name'], href: (id: string) => `/manage/organizations/${id}/edit` },
  Partnership: { fields: ['title', 'summary'], href: (id: string) => `/manage/partnerships/${id}/edit` },
  Project: { fields: ['title', 'description'], href: (id: string) => `/manage/projects/${id}/edit` },
  Programme: { fields: ['title', 'description'], href: (id: string) => `/manage/programmes/${id}/edit` },
  CaseStudy: { fields: ['title'], href: (id: string) => `/manage/case-studies/${id}/edit` },
  Agreement: { fields: ['subject'], href: (id: string) => `/manage/memoranda/${id}/edit` },
} as const
export type QueueEntity = keyof typeof kinds
export type QueueField = (typeof kinds)[QueueEntity]['fields'][number]

export type QueueItem = {
  entity: QueueEntity
  id: string
  /** The record's name or title, as stored (all its languages). */
  label: unknown
  sourceLocale: Locale
  href: string
  fields: { field: QueueField; missing: Locale[]; outdated: Locale[] }[]
}

type Row = { entity: QueueEntity; id: string; sourceLocale: Locale; updatedAt: Date; texts: Record<string, unknown> }
const row =
  (entity: QueueEntity) =>
  <R extends { id: string; sourceLocale: Locale; updatedAt: Date }>(r: R, texts: Record<string, unknown>): Row => ({
    entity,
    id: r.id,
    sourceLocale: r.sourceLocale,
    updatedAt: r.updatedAt,
    texts,
  })

const hash = (text: string) => createHash('sha256').update(text).digest('hex')
const textIn = (value: unknown, locale: Locale): string | undefined => {
  const v = value && typeof value === 'object' ? (value as Record<string, unknown>)[locale] : undefined
  return typeof v === 'string' && v.trim() ? v : undefined
}

/**
 * The translation queue of an editor: the records the actor may change whose texts lack a language, or
 * whose translation was made from an older source text (its recorded source hash no longer matches).
 * An empty optional field is not asked for. Records come oldest change first, a page at a time; `total`
 * counts the records of every page.
 */
export async function translationQueue(
  actor: Actor,
  { page = 1, pageSize = 50 }: { page?: number; pageSize?: number } = {},
): Promise<{ total: number; items: QueueItem[] }> {
  const base = { id: true, sourceLocale: true, updatedAt: true } as const
  const [organizations, partnerships, projects, programmes, caseStudies, agreements] = await Promise.all([
    prisma.organization.findMany({ where: organizationEditableWhere(actor), select: { ...base, name: true } }),
    prisma.partnership.findMany({
      where: partnershipEditableWhere(actor),
      select: { ...base, title: true, summary: true },
    }),
    prisma.project.findMany({
      where: projectEditableWhere(actor),
      select: { ...base, title: true, description: true },
    }),
    prisma.programme.findMany({
      where: programmeEditableWhere(actor),
      select: { ...base, title: true, description: true },
    }),
    prisma.caseStudy.findMany({ where: caseStudyEditableWhere(actor), select: { ...base, title: true } }),
    prisma.agreement.findMany({ where: memorandumEditableWhere(actor), select: { ...base, subject: true } }),
  ])
  const rows: Row[] = [
    ...organizations.map((r) => row('Organization')(r, { name: r.name })),
    ...partnerships.map((r) => row('Partnership')(r, { title: r.title, summary: r.summary })),
    ...projects.map((r) => row('Project')(r, { title: r.title, description: r.description })),
    ...programmes.map((r) => row('Programme')(r, { title: r.title, description: r.description })),
    ...caseStudies.map((r) => row('CaseStudy')(r, { title: r.title })),
    ...agreements.map((r) => row('Agreement')(r, { subject: r.subject })),
  ]
  const recorded = await prisma.textTranslation.findMany({
    where: { entityId: { in: rows.map((r) => r.id) } },
    select: { entity: true, entityId: true, field: true, locale: true, sourceLocale: true, sourceHash: true },
  })
  const translations = new Map(recorded.map((t) => [`${t.entity}:${t.entityId}:${t.field}:${t.locale}`, t]))

  const items: (QueueItem & { updatedAt: Date })[] = []
  for (const r of rows) {
    const entity = r.entity
    const fields = kinds[entity].fields.flatMap((field) => {
      const value = r.texts[field]
      const source = textIn(value, r.sourceLocale)
      if (!source && !locales.some((l) => textIn(value, l))) return [] // an empty optional field
      const others = locales.filter((l) => l !== r.sourceLocale)
      const missing = others.filter((l) => !textIn(value, l))
      const outdated = others.filter((l) => {
        const t = translations.get(`${entity}:${r.id}:${field}:${l}`)
        const from = t && textIn(value, t.sourceLocale as Locale)
        return Boolean(t && from && textIn(value, l) && t.sourceHash !== hash(from))
      })
      return missing.length || outdated.length ? [{ field, missing, outdated }] : []
    })
    if (fields.length)
      items.push({
        entity,
        id: r.id,
        label: r.texts[kinds[entity].fields[0]],
        sourceLocale: r.sourceLocale,
        href: kinds[entity].href(r.id),
        fields,
        updatedAt: r.updatedAt,
      })
  }
  const start = (Math.max(1, page) - 1) * pageSize
  return {
    total: items.length,
    items: items
      .sort((a, b) => a.updatedAt.getTime() - b.updatedAt.getTime())
      .slice(start, start + pageSize)
      .map(({ updatedAt: _, ...item }) => item),
  }
}
