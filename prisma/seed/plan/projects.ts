// A case's projects: their places (the partnership's), their cost-share ledger, and their outcomes.
import { Prisma } from '@/lib/generated/prisma/client'
import type { ContributionKind, ContributionNature, RatePeriod } from '@/lib/generated/prisma/enums'
import { parseYearSpan } from '@/lib/dates'
import { convert } from '@/lib/money/convert'
import { toMinorUnits } from '@/lib/money/minor'
import { stableId } from '../ids'
import type { CasebookCase, CasebookContribution } from '../load'
import type { CaseContext, CasebookRows } from './casebook'
import { partyTypeFor } from './organizations'
import { planOutcomes } from './outcomes'
import type { PlannedPartnership } from './partnerships'
import { caseTexts } from './translations'

/** The casebook's contribution kinds in ours. Land is `other` with a quantity in hectares there. */
export function contributionKindOf(
  kind: CasebookContribution['kind'],
  quantityUnit: string | null,
  quantityText?: string,
): ContributionKind {
  switch (kind) {
    case 'cash':
      return 'CASH'
    case 'in_kind':
      return 'IN_KIND_UNSPECIFIED'
    case 'labor':
      return 'LABOUR'
    case 'premises':
      return 'PREMISES'
    case 'equipment':
      return 'EQUIPMENT'
    case 'expertise':
      return 'EXPERTISE'
    case 'other':
      return quantityUnit === 'ha' || /\b(ha|hectares?)\b/.test(quantityText ?? '') ? 'LAND' : 'OTHER'
  }
}

export function planProjects(c: CasebookCase, partnership: PlannedPartnership, ctx: CaseContext, rows: CasebookRows) {
  const { problems, notConverted, ref, annotation, handbookId, common } = ctx
  const { resolveParty, orgKindById } = ctx.parties
  const { projects, projectTerritories, contributions, contributionGroupMembers } = rows
  const { key, partnershipId, territoryIds, start } = partnership
  const { text } = caseTexts(c, ctx.translations, rows.textTranslations)
  c.projects.forEach((p, pi) => {
    const projectKey = `${key}/p${pi}`
    const projectId = stableId(projectKey)
    let span: ReturnType<typeof parseYearSpan>
    try {
      span = parseYearSpan(p.years)
    } catch (e) {
      problems.push(`${c.id} project ${pi}: ${(e as Error).message}`)
      return
    }
    projects.push({
      id: projectId,
      partnershipId,
      programmeId: null,
      title: text({ entity: 'Project', entityId: projectId, field: 'title' }, `/projects/${pi}/title`),
      description: p.description
        ? text({ entity: 'Project', entityId: projectId, field: 'description' }, `/projects/${pi}/description`)
        : null,
      sourceLocale: 'en',
      periodAsReported: p.years,
      startDate: span.start ? new Date(Date.UTC(span.start, 0, 1)) : null,
      startPrecision: span.start ? 'YEAR' : null,
      endDate: span.end ? new Date(Date.UTC(span.end, 0, 1)) : null,
      endPrecision: span.end ? 'YEAR' : null,
      position: pi,
      externalKey: projectKey,
      ...common,
    })
    for (const tid of territoryIds) projectTerritories.push({ projectId, territoryId: tid })

    p.contributions.forEach((x, xi) => {
      const where = `${c.id} project ${pi} contribution ${xi}`
      const note = annotation.get(`${c.id}/${pi}/${xi}`)
      if (!note) problems.push(`contribution-annotations.csv has no row for ${where}`)
      const party = resolveParty(c.id, x.party)
      if (!party || !note) return
      if (note.basis === 'rate' && !note.rate_period)
        problems.push(`contribution-annotations.csv: ${where} is a rate without a period`)
      const contributionId = stableId(`${projectKey}/c${xi}`)
      let amountMinor: bigint | null = null
      if (x.amount !== null) {
        try {
          amountMinor = toMinorUnits(x.amount)
        } catch (e) {
          problems.push(`${where}: ${(e as Error).message}`)
        }
      }
      // Value date: stated year, else the project's last year (or the partnership's start), marked estimated.
      const statedYear = note.value_year
      const derivedYear = span.end ?? (start ? start.date.getUTCFullYear() : null)
      const valueYear = amountMinor !== null ? (statedYear ?? derivedYear) : null
      const valueDate = valueYear ? new Date(Date.UTC(valueYear, 0, 1)) : null
      const valueDateEstimated = valueDate !== null && statedYear === null
      const conversion =
        amountMinor !== null && valueDate && x.currency
          ? convert({ amountMinor, currency: x.currency, valueDate, valueDateEstimated }, ref.rates, ref.usdRates)
          : null
      if (amountMinor !== null && !conversion)
        notConverted.push(`${where}: ${x.amount} ${x.currency} (no rate for ${x.currency})`)
      const shareMin = x.shareRange ? x.shareRange[0] : x.share
      const shareMax = x.shareRange ? x.shareRange[1] : x.share
      contributions.push({
        id: contributionId,
        projectId,
        partyForm: party.form,
        partyOrganizationId: party.form === 'ORGANIZATION' ? party.organizationIds[0] : null,
        partyNameAsReported: x.party,
        partyType: partyTypeFor(x.partyType, party, orgKindById),
        kind: contributionKindOf(x.kind, note.quantity_unit, x.quantity),
        nature: note.nature.toUpperCase() as ContributionNature,
        amountMinor,
        currency: amountMinor !== null ? x.currency : null,
        valueDate,
        valueDatePrecision: valueDate ? 'YEAR' : null,
        valueDateEstimated,
        shareMin: shareMin === null ? null : new Prisma.Decimal(shareMin),
        shareMax: shareMax === null ? null : new Prisma.Decimal(shareMax),
        quantityValue: note.quantity_value ? new Prisma.Decimal(note.quantity_value) : null,
        quantityUnit: note.quantity_unit,
        quantityAsReported: x.quantity ?? null,
        basis: note.basis === 'rate' ? 'RATE' : 'LUMP_SUM',
        rateUnit: note.basis === 'rate' ? note.rate_unit : null,
        ratePeriod: note.basis === 'rate' ? ((note.rate_period?.toUpperCase() ?? null) as RatePeriod | null) : null,
        isPledge: note.pledge,
        amountWithheld: false,
        amountKgsMinor: conversion?.amountKgsMinor ?? null,
        amountUsdMinor: conversion?.amountUsdMinor ?? null,
        fxRateToKgs: conversion ? new Prisma.Decimal(conversion.fxRateToKgs) : null,
        fxUsdRateToKgs: conversion?.fxUsdRateToKgs ? new Prisma.Decimal(conversion.fxUsdRateToKgs) : null,
        fxRateDate: conversion?.fxRateDate ?? null,
        fxRateSource: conversion?.fxRateSource ?? null,
        fxEstimated: conversion?.fxEstimated ?? false,
        grantId: null,
        note: x.note
          ? text(
              { entity: 'Contribution', entityId: contributionId, field: 'note' },
              `/projects/${pi}/contributions/${xi}/note`,
            )
          : null,
        sourceDocumentId: handbookId,
        sourcePage: x.page,
        position: xi,
        externalKey: `${projectKey}/c${xi}`,
        ...common,
      })
      if (party.form === 'GROUP')
        for (const orgId of party.organizationIds)
          contributionGroupMembers.push({ contributionId, organizationId: orgId })
    })

    planOutcomes(c, p, pi, { projectId, projectKey }, ctx, rows)
  })
}
