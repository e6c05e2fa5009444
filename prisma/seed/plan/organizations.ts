// The casebook's organizations (the crosswalk's), the other names they are known by, and what each party
// name of a case resolves to: an organization, a community, a named party or a group of them.
import type { OrganizationKind, PartyForm, PartyType } from '@/lib/generated/prisma/enums'
import { normalizeName } from '@/lib/text'
import { stableId } from '../ids'
import type { CasebookContribution } from '../load'
import type { CasebookData } from './casebook'
import type { Reference } from './reference'
import { compactName, lsgBodyId, organizationId, territoryId, type Row } from './rows'

/** What a party string resolves to; a group keeps its members (organizations, communities, named parties). */
export type ResolvedParty = { form: PartyForm; organizationIds: string[]; label: string; members?: ResolvedParty[] }

export type Parties = ReturnType<typeof planOrganizations>

const partyTypeOfCasebook: Record<CasebookContribution['partyType'], PartyType> = {
  lsg: 'LSG',
  state: 'STATE',
  cso: 'CSO',
  donor: 'DONOR',
  business: 'BUSINESS',
  community: 'COMMUNITY',
  other: 'OTHER',
}

export function planOrganizations(cb: CasebookData, ref: Reference, owner: string, problems: string[]) {
  // Organizations of the crosswalk.
  const orgKeys = new Set<string>()
  const organizations: Row[] = cb.organizations.map((o) => {
    if (orgKeys.has(o.key)) problems.push(`organizations.csv: key ${o.key} appears twice`)
    orgKeys.add(o.key)
    if (o.home_territory_code && !ref.units.has(o.home_territory_code))
      problems.push(`organizations.csv: ${o.key} has unknown home_territory_code ${o.home_territory_code}`)
    return {
      id: organizationId(o.key),
      slug: o.key,
      kind: o.kind.toUpperCase() as OrganizationKind,
      name: compactName({ en: o.name_en, ru: o.name_ru, ky: o.name_ky }),
      sourceLocale: 'en',
      externalKey: `casebook-org:${o.key}`,
      ownerOrganizationId: owner,
      publicationStatus: 'PUBLISHED',
      homeTerritoryId: o.home_territory_code ? territoryId(o.home_territory_code) : null,
      governsTerritoryId: null,
      foundedYear: o.founded,
    }
  })
  const orgKindById = new Map<string, OrganizationKind>(organizations.map((o) => [o.id, o.kind as OrganizationKind]))
  for (const b of ref.lsgBodies) orgKindById.set(b.id, b.kind as OrganizationKind)

  // Party names → targets, per case.
  const aliasByCase = new Map<string, Map<string, string>>()
  for (const a of cb.aliases) {
    const m = aliasByCase.get(a.case_id) ?? new Map<string, string>()
    if (m.has(a.name_as_written))
      problems.push(`party-aliases.csv: "${a.name_as_written}" appears twice for ${a.case_id}`)
    m.set(a.name_as_written, a.target)
    aliasByCase.set(a.case_id, m)
  }
  const lsgIds = new Set(ref.lsgBodies.map((b) => b.id))
  const resolveTarget = (target: string, where: string): ResolvedParty | null => {
    const [kind, ...rest] = target.split(':')
    const value = rest.join(':').trim()
    switch (kind) {
      case 'org':
        if (!orgKeys.has(value)) return (problems.push(`${where}: no organization with key "${value}"`), null)
        return { form: 'ORGANIZATION', organizationIds: [organizationId(value)], label: value }
      case 'lsg':
        if (!lsgIds.has(lsgBodyId(value)))
          return (
            problems.push(`${where}: ${value} is not an aiyl okmot, town or city with a local self-government body`),
            null
          )
        return { form: 'ORGANIZATION', organizationIds: [lsgBodyId(value)], label: value }
      case 'community':
        return { form: 'COMMUNITY', organizationIds: [], label: value }
      case 'named':
        return { form: 'NAMED', organizationIds: [], label: value }
      case 'group': {
        const members = value.split('|').map((t) => resolveTarget(t.trim(), where))
        if (members.some((m) => m === null)) return null
        return {
          form: 'GROUP',
          organizationIds: [...new Set(members.flatMap((m) => m!.organizationIds))],
          label: value,
          members: members as ResolvedParty[],
        }
      }
      default:
        return (problems.push(`${where}: target "${target}" is not org:, lsg:, community:, named: or group:`), null)
    }
  }
  const resolveParty = (caseId: string, name: string): ResolvedParty | null => {
    const target = aliasByCase.get(caseId)?.get(name)
    if (!target) return (problems.push(`party-aliases.csv has no row for "${name}" in ${caseId}`), null)
    return resolveTarget(target, `party-aliases.csv (${caseId}, "${name}")`)
  }

  const organizationAliases: Row[] = []
  const aliasSeen = new Set<string>()
  for (const a of cb.aliases) {
    if (!/^(org|lsg):/.test(a.target) || !aliasByCase.has(a.case_id)) continue
    const r = resolveTarget(a.target, `party-aliases.csv (${a.case_id})`)
    const orgId = r?.organizationIds[0]
    const normalized = normalizeName(a.name_as_written)
    if (!orgId || !normalized || aliasSeen.has(`${orgId}|${normalized}`)) continue
    aliasSeen.add(`${orgId}|${normalized}`)
    organizationAliases.push({
      id: stableId(`alias:${orgId}:${normalized}`),
      organizationId: orgId,
      name: a.name_as_written,
      normalized,
      locale: null,
    })
  }
  return { organizations, organizationAliases, orgKindById, aliasByCase, resolveParty }
}

/** A casebook party type in ours; international organizations get their own type whatever role they play. */
export function partyTypeFor(
  type: CasebookContribution['partyType'],
  party: ResolvedParty,
  kinds: Map<string, OrganizationKind>,
): PartyType {
  if (party.form === 'ORGANIZATION' && kinds.get(party.organizationIds[0]) === 'INTERNATIONAL_ORGANIZATION')
    return 'INTERNATIONAL'
  return partyTypeOfCasebook[type]
}
