// The LSG desk's starting point for e2e: an aiyl okmot with an official, a published partnership of the
// e2e NGO with that aiyl okmot as a party, a project where the NGO recorded the aiyl okmot's in-kind
// contribution, and a memorandum the aiyl okmot keeps that runs out in 30 days (Bishkek time).
import type pg from 'pg'

export const E2E_LSG_SLUG = 'e2e-kara-suu-ao'
export const E2E_OFFICIAL = 'lsg-official@e2e.example'
export const E2E_DESK_PARTNERSHIP_SLUG = 'e2e-desk-water'
/** The in-kind contribution's amount as recorded: 150,000 som. */
export const E2E_IN_KIND_MINOR = 15_000_000n

export async function seedDesk(
  client: pg.Client,
  { hash, ngoId, newId }: { hash: string; ngoId: string; newId: () => string },
) {
  const q = (sql: string, params: unknown[]) => client.query(sql, params)
  const t = (en: string, ru: string, ky: string) => JSON.stringify({ en, ru, ky })
  const place = (await q(`SELECT id FROM "Territory" WHERE level = 3 AND path LIKE 'kg-t/%' ORDER BY path LIMIT 1`, []))
    .rows[0].id as string
  const lsg = newId()
  await q(
    `INSERT INTO "Organization" (id, slug, kind, name, "sourceLocale", "homeTerritoryId", "governsTerritoryId",
       "ownerOrganizationId", "publicationStatus", "updatedAt")
     VALUES ($1, $2, 'AIYL_OKMOT', $3, 'ky', $4, $4, $1, 'PUBLISHED', now())`,
    [
      lsg,
      E2E_LSG_SLUG,
      t('Kara-Suu aiyl okmotu (e2e)', 'Айыл окмоту Кара-Суу (e2e)', 'Кара-Суу айыл өкмөтү (e2e)'),
      place,
    ],
  )
  const userId = newId()
  await q(
    `INSERT INTO "User" (id, email, name, "passwordHash", "globalRole", "updatedAt") VALUES ($1, $2, 'Aibek Official', $3, 'USER', now())`,
    [userId, E2E_OFFICIAL, hash],
  )
  await q(`INSERT INTO "Membership" (id, "userId", "organizationId", role) VALUES ($1, $2, $3, 'OFFICIAL')`, [
    newId(),
    userId,
    lsg,
  ])

  const partnership = newId()
  await q(
    `INSERT INTO "Partnership" (id, slug, title, "sourceLocale", status, "ownerOrganizationId", "publicationStatus", themes, "updatedAt")
     VALUES ($1, $2, $3, 'en', 'ACTIVE', $4, 'PUBLISHED', ARRAY['water'], now())`,
    [
      partnership,
      E2E_DESK_PARTNERSHIP_SLUG,
      t('Drinking water for Kara-Suu (e2e)', 'Питьевая вода для Кара-Суу (e2e)', 'Кара-Суу үчүн ичүүчү суу (e2e)'),
      ngoId,
    ],
  )
  await q(
    `INSERT INTO "PartnershipParty" (id, "partnershipId", "organizationId", "nameAsReported", "partyType", "isLead", position)
     VALUES ($1, $2, $3, 'Aikol Talas', 'CSO', true, 0), ($4, $2, $5, 'Kara-Suu aiyl okmotu', 'LSG', false, 1)`,
    [newId(), partnership, ngoId, newId(), lsg],
  )
  await q(`INSERT INTO "PartnershipTerritory" ("partnershipId", "territoryId", "isPrimary") VALUES ($1, $2, true)`, [
    partnership,
    place,
  ])
  const project = newId()
  await q(
    `INSERT INTO "Project" (id, "partnershipId", title, "sourceLocale", "ownerOrganizationId", "publicationStatus",
       "startDate", "startPrecision", "updatedAt")
     VALUES ($1, $2, $3, 'en', $4, 'PUBLISHED', '2025-04-01', 'MONTH', now())`,
    [project, partnership, t('New pipeline (e2e)', 'Новый водопровод (e2e)', 'Жаңы суу түтүгү (e2e)'), ngoId],
  )
  await q(`INSERT INTO "ProjectTerritory" ("projectId", "territoryId") VALUES ($1, $2)`, [project, place])
  // The aiyl okmot's in-kind share (a tractor and labour), entered by the NGO.
  await q(
    `INSERT INTO "Contribution" (id, "projectId", "partyForm", "partyOrganizationId", "partyNameAsReported", "partyType",
       kind, "amountMinor", currency, "valueDate", "valueDatePrecision", "amountKgsMinor", "amountUsdMinor",
       "valuationBasis", "ownerOrganizationId", "publicationStatus", "updatedAt")
     VALUES ($1, $2, 'ORGANIZATION', $3, 'Kara-Suu aiyl okmotu', 'LSG', 'EQUIPMENT', $4, 'KGS', '2025-05-01', 'MONTH', $4, $5,
       'MARKET_PRICE', $6, 'PUBLISHED', now())`,
    [newId(), project, lsg, E2E_IN_KIND_MINOR, E2E_IN_KIND_MINOR / 87n, ngoId],
  )
  // The memorandum the aiyl okmot keeps, running out in 30 days (counted in Bishkek, UTC+6).
  const memo = newId()
  await q(
    `INSERT INTO "Agreement" (id, "partnershipId", kind, subject, "sourceLocale", "signedDate", "signedPrecision",
       "expiryDate", "expiryPrecision", status, "ownerOrganizationId", "publicationStatus", "updatedAt")
     VALUES ($1, $2, 'MEMORANDUM_OF_COOPERATION', $3, 'ky', '2024-01-15', 'DAY',
       ((now() AT TIME ZONE 'Asia/Bishkek')::date + 30), 'DAY', 'ACTIVE', $4, 'PUBLISHED', now())`,
    [
      memo,
      partnership,
      t(
        'Cooperation on the Kara-Suu water supply (e2e)',
        'Сотрудничество по водоснабжению Кара-Суу (e2e)',
        'Кара-Суунун суу менен камсыздоосу боюнча кызматташтык (e2e)',
      ),
      lsg,
    ],
  )
  await q(
    `INSERT INTO "AgreementParty" (id, "agreementId", "organizationId", "nameAsReported", "partyType", "signatoryName",
       "signatoryTitle", "signedDate", "signedPrecision", position)
     VALUES ($1, $2, $3, 'Kara-Suu aiyl okmotu', 'LSG', 'Aibek Sadykov', 'Head of the aiyl okmot', '2024-01-15', 'DAY', 0),
            ($4, $2, $5, 'Aikol Talas', 'CSO', 'Nurlan Toktogulov', 'Director', '2024-01-15', 'DAY', 1)`,
    [newId(), memo, lsg, newId(), ngoId],
  )
  return { lsg, partnership, project, memo }
}
