import type { OrganizationKind, PartyType } from '@/lib/generated/prisma/enums'

/** The party type (cost-share category) each kind of organization belongs to. */
export const partyTypeOfKind: Record<OrganizationKind, PartyType> = {
  PUBLIC_ASSOCIATION: 'CSO',
  PUBLIC_FOUNDATION: 'CSO',
  INSTITUTION: 'CSO',
  INITIATIVE_GROUP: 'CSO',
  CSO_OTHER: 'CSO',
  AIYL_OKMOT: 'LSG',
  TOWN_HALL: 'LSG',
  CITY_HALL: 'LSG',
  AIYL_KENESH: 'LSG',
  CITY_KENESH: 'LSG',
  LSG_OTHER: 'LSG',
  RAYON_ADMINISTRATION: 'STATE',
  OBLAST_ADMINISTRATION: 'STATE',
  MINISTRY: 'STATE',
  STATE_AGENCY: 'STATE',
  STATE_INSTITUTION: 'STATE',
  STATE_OTHER: 'STATE',
  DONOR: 'DONOR',
  BUSINESS: 'BUSINESS',
  COMMUNITY_GROUP: 'COMMUNITY',
  INTERNATIONAL_ORGANIZATION: 'INTERNATIONAL',
  OTHER: 'OTHER',
}

export const partyTypes = [
  'CSO',
  'LSG',
  'STATE',
  'DONOR',
  'COMMUNITY',
  'BUSINESS',
  'INTERNATIONAL',
  'OTHER',
] as const satisfies readonly PartyType[]
