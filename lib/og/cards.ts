import 'server-only'
import { getTranslations } from 'next-intl/server'
import { formatMoney } from '@/lib/format'
import { enumLabel } from '@/lib/i18n/enums'
import { pickLocalized } from '@/lib/i18n/localized'
import type { Locale } from '@/lib/i18n/locales'
import { periodText } from '@/lib/i18n/period'
import { loadPlacePageCached } from '@/lib/public/cached'
import { getPublicCaseStudy } from '@/lib/public/case-studies'
import type { PartialDate, Place } from '@/lib/public/dto'
import { getPublicFunder } from '@/lib/public/funders'
import { getPublicPartnership, type PublicPartnership } from '@/lib/public/partnerships'
import { getTerritoryByPath } from '@/lib/public/territories'
import type { Money } from '@/lib/public/totals'
import type { Card } from './card'

// What each preview image says, read through the public boundary only (lib/public): a record that is
// not public has no card (null: the route answers 404). Figures are the public ones the page shows —
// an unknown or withheld amount leaves the figure out, never a 0. docs/decisions/022-sharing-previews.md.

async function common(locale: Locale) {
  const [t, te, meta] = await Promise.all([
    getTranslations({ locale }),
    getTranslations({ locale, namespace: 'enums' }),
    getTranslations({ locale, namespace: 'meta' }),
  ])
  return { t, te, siteName: meta('title') }
}

/** "Talas, Kara-Buura +2": the primary places first. */
function placesLine(places: (Place & { isPrimary?: boolean })[], locale: Locale): string | null {
  if (!places.length) return null
  const sorted = [...places].sort((a, b) => Number(b.isPrimary ?? false) - Number(a.isPrimary ?? false))
  const names = sorted.slice(0, 2).map((p) => pickLocalized(p.name, locale)?.text ?? p.code)
  return names.join(', ') + (sorted.length > 2 ? ` +${sorted.length - 2}` : '')
}

/** The period when any end of it is known; no line at all when neither is. */
async function yearsLine(start: PartialDate | null, end: PartialDate | null, locale: Locale) {
  return start || end ? periodText(start, end, locale) : null
}

async function moneyFigure(
  total: Money | null,
  locale: Locale,
  label: 'statedContributions' | 'statedFunding' = 'statedContributions',
) {
  if (!total) return null
  const t = await getTranslations({ locale, namespace: 'share' })
  return { label: t(label), value: formatMoney(total.kgsMinor, 'KGS', locale, { compact: true }) }
}

async function partnershipFacts(p: PublicPartnership, locale: Locale) {
  return {
    lines: [placesLine(p.places, locale), await yearsLine(p.start, p.end, locale)],
    figure: await moneyFigure(p.costShare.total, locale),
  }
}

export async function caseStudyCard(slug: string, locale: Locale): Promise<Card | null> {
  const cs = await getPublicCaseStudy(slug)
  if (!cs) return null
  const { t, siteName } = await common(locale)
  const facts = cs.partnership
    ? await partnershipFacts(cs.partnership, locale)
    : { lines: [cs.source?.chapter ? placesLine([cs.source.chapter], locale) : null], figure: null }
  return {
    siteName,
    locale,
    kicker: t('caseStudy.kicker'),
    title: pickLocalized(cs.title, locale, cs.sourceLocale)?.text ?? cs.slug,
    ...facts,
  }
}

export async function partnershipCard(slug: string, locale: Locale): Promise<Card | null> {
  const p = await getPublicPartnership(slug)
  if (!p) return null
  const { t, siteName } = await common(locale)
  return {
    siteName,
    locale,
    kicker: t('record.partnership'),
    title: pickLocalized(p.title, locale, p.sourceLocale)?.text ?? p.slug,
    ...(await partnershipFacts(p, locale)),
  }
}

export async function placeCard(path: string, locale: Locale): Promise<Card | null> {
  const territory = await getTerritoryByPath(path)
  if (!territory) return null
  const { te, siteName } = await common(locale)
  // The same cached entry as the place page's first view (lib/public/cached.ts).
  const { counts, money } = await loadPlacePageCached(
    { id: territory.id, path: territory.path },
    {
      confirmedOnly: false,
      pages: {},
    },
  )
  const parent = territory.ancestors.at(-1)
  const share = await getTranslations({ locale, namespace: 'share' })
  return {
    siteName,
    locale,
    kicker: enumLabel(te, 'territoryKind', territory.kind),
    title: pickLocalized(territory.names, locale)?.text ?? territory.code,
    lines: [
      parent ? (pickLocalized(parent.names, locale)?.text ?? parent.code) : null,
      share('counts', { partnerships: counts.partnerships, caseStudies: counts.caseStudies }),
    ],
    figure: await moneyFigure(money.total, locale),
  }
}

export async function funderCard(slug: string, locale: Locale): Promise<Card | null> {
  // Unfiltered, as the funder's page first shows it; withheld amounts are never read (lib/public/funders.ts).
  const f = await getPublicFunder(slug)
  if (!f) return null
  const { t, siteName } = await common(locale)
  const share = await getTranslations({ locale, namespace: 'share' })
  const years = f.firstYear === null ? null : [...new Set([f.firstYear, f.lastYear])].join('–')
  return {
    siteName,
    locale,
    kicker: t('funders.funder'),
    title: pickLocalized(f.name, locale)?.text ?? f.slug,
    lines: [
      f.projectCount ? share('funderCounts', { projects: f.projectCount, oblasts: f.projectsByOblast.length }) : null,
      years,
    ],
    figure: await moneyFigure(f.figure.amount, locale, 'statedFunding'),
  }
}

/** The site's own card, for pages without one of their own. */
export async function siteCard(locale: Locale): Promise<Card> {
  const [meta, share] = await Promise.all([
    getTranslations({ locale, namespace: 'meta' }),
    getTranslations({ locale, namespace: 'share' }),
  ])
  return { siteName: meta('title'), locale, kicker: share('kicker'), title: meta('description'), lines: [] }
}
