// Plants, beside the seeded data, records whose private parts must never reach the public or another
// organization: a published partnership that holds a withheld cash line with a share, a withheld grant
// from a draft funder, a draft project and a draft outcome; a withdrawn partnership with a published
// case study, project, line and memorandum; a programme that lists the draft and withdrawn projects.
// A public funder whose every amount is withheld (a line of the public project, a grant outside any ledger).
// A private signed scan of the draft memorandum, and a scan marked public of the withdrawn partnership's
// memorandum (public, but its partnership is not); a calendar token of the unrelated official.
// Every private part carries a marker (a word, or a number of at least seven digits) that
// tests/e2e/planted-secrets.spec.ts then looks for on every route.
import { createHash, randomBytes, randomUUID } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type pg from 'pg'
import { E2E_DOCUMENTS_DIR } from '../db'
import type { Secret } from './scanner'

const id = () => `c${randomUUID().replace(/-/g, '').slice(0, 24)}`
const t = (en: string) => JSON.stringify({ en, ru: en, ky: en })

export const PLANTED = {
  ngoSlug: 'planted-public-ngo',
  draftFunderSlug: 'planted-draft-funder',
  publicFunderSlug: 'planted-public-funder',
  partnershipSlug: 'planted-public-partnership',
  withdrawnSlug: 'planted-withdrawn-partnership',
  caseStudySlug: 'planted-withdrawn-case-study',
  programmeSlug: 'planted-programme',
  /** Visible on the public partnership page: proof the suite looks at real pages, not 404s. */
  visibleTitle: 'Planted public partnership',
  places: ['KG07232820000', 'KG07232804000'], // Kok-Oy and Aral aiyl okmots, Talas rayon
  /** Accounts of other organizations (and none) that walk the routes besides anonymous visitors. */
  viewer: 'viewer@e2e.example',
  official: 'official@e2e.example', // of an aiyl okmot in Batken, unrelated to the planted records
}

/** What must appear nowhere. Derived totals: the public totals plus the withheld amount. */
export const secrets: Secret[] = [
  { label: 'withheld amount (som)', digits: '987654321' },
  { label: 'withheld amount in dollars', digits: '11298917' },
  { label: 'withheld share', pattern: /77[.,]7\s*%|0\.777\b/ },
  { label: 'withheld quantity', text: 'PLANTED-QUANTITY' },
  { label: 'withheld line note', text: 'PLANTED-WITHHELD-NOTE' },
  { label: 'withheld valuation note', text: 'PLANTED-VALUATION-NOTE' },
  { label: 'withheld grant amount', digits: '55555555' },
  { label: 'withheld grant in som', digits: '483333333' },
  { label: 'draft funder', text: 'PLANTED-DRAFT-FUNDER' },
  { label: 'withheld line of a public funder', digits: '314159265' },
  { label: 'withheld grant of a public funder (outside the ledger)', digits: '27182818' },
  { label: 'draft project', text: 'PLANTED-DRAFT-PROJECT' },
  { label: 'line of a draft project', digits: '4242424' },
  { label: 'draft outcome', text: 'PLANTED-DRAFT-OUTCOME' },
  { label: 'withdrawn partnership', text: 'PLANTED-WITHDRAWN' },
  { label: 'line of a withdrawn partnership', digits: '6060606' },
  { label: 'internal note', text: 'PLANTED-INTERNAL-NOTE' },
  { label: 'contact e-mail', text: 'planted-secret@example.org' },
  { label: 'draft memorandum', text: 'PLANTED-DRAFT-MEMORANDUM' },
  { label: 'signatory of a draft memorandum', text: 'PLANTED-DRAFT-SIGNATORY' },
  { label: 'draft amendment', text: 'PLANTED-DRAFT-AMENDMENT' },
  { label: 'dispute comment', text: 'PLANTED-DISPUTE-COMMENT' },
  { label: 'private document name', text: 'PLANTED-PRIVATE-DOCUMENT' },
  { label: 'private document bytes', text: 'PLANTED-DOCUMENT-BYTES' },
  // The visible project's total (100 000 som) as it would read with a hidden line added; totals of
  // places are added by the suite from the database.
  { label: 'project total with the withheld line', digits: '987754321' },
  { label: 'project total with the withheld grant', digits: '483433333' },
  { label: 'partnership total with the draft project', digits: '4342424' },
]

/** Lines a total must never include, in minor units (withheld, of a draft project, of a withdrawn partnership). */
export const hiddenAmountsMinor = [98765432100n, 48333333330n, 424242400n, 606060600n, 31415926500n]

type Q = (sql: string, params?: unknown[]) => Promise<pg.QueryResult>

export async function plantSecrets(client: pg.Client, hash: string) {
  const q: Q = (sql, params) => client.query(sql, params)
  const territory = async (code: string) => (await q(`SELECT id FROM "Territory" WHERE code = $1`, [code])).rows[0].id
  const [kokOy, aral] = await Promise.all(PLANTED.places.map(territory))

  const org = async (slug: string, name: string, kind: string, status: string, owner?: string) => {
    const oid = id()
    await q(
      `INSERT INTO "Organization" (id, slug, kind, name, "sourceLocale", "ownerOrganizationId", "publicationStatus",
         "internalNote", "contactEmail", "homeTerritoryId", "updatedAt")
       VALUES ($1, $2, $3, $4, 'en', $5, $6, 'PLANTED-INTERNAL-NOTE', 'planted-secret@example.org', $7, now())`,
      [oid, slug, kind, t(name), owner ?? oid, status, kokOy],
    )
    return oid
  }
  const ngo = await org(PLANTED.ngoSlug, 'Planted public NGO', 'PUBLIC_ASSOCIATION', 'PUBLISHED')
  const funder = await org(PLANTED.draftFunderSlug, 'PLANTED-DRAFT-FUNDER', 'DONOR', 'DRAFT', ngo)
  const publicFunder = await org(PLANTED.publicFunderSlug, 'Planted public funder', 'DONOR', 'PUBLISHED', ngo)

  const partnership = async (slug: string, title: string, status: string) => {
    const pid = id()
    await q(
      `INSERT INTO "Partnership" (id, slug, title, "sourceLocale", status, "ownerOrganizationId", "publicationStatus",
         "internalNote", themes, "updatedAt")
       VALUES ($1, $2, $3, 'en', 'ACTIVE', $4, $5, 'PLANTED-INTERNAL-NOTE', ARRAY['water'], now())`,
      [pid, slug, t(title), ngo, status],
    )
    await q(
      `INSERT INTO "PartnershipParty" (id, "partnershipId", "organizationId", "nameAsReported", "partyType", "isLead", position)
       VALUES ($1, $2, $3, 'Planted public NGO', 'CSO', true, 0), ($4, $2, $5, 'PLANTED-DRAFT-FUNDER as reported', 'DONOR', false, 1)`,
      [id(), pid, ngo, id(), funder],
    )
    await q(`INSERT INTO "PartnershipTerritory" ("partnershipId", "territoryId", "isPrimary") VALUES ($1, $2, true)`, [
      pid,
      kokOy,
    ])
    return pid
  }
  const pub = await partnership(PLANTED.partnershipSlug, PLANTED.visibleTitle, 'PUBLISHED')
  // Withdrawn: it was public once (its case study, project and memorandum still say PUBLISHED).
  const withdrawn = await partnership(PLANTED.withdrawnSlug, 'PLANTED-WITHDRAWN partnership', 'DRAFT')

  const programme = id()
  await q(
    `INSERT INTO "Programme" (id, slug, title, "sourceLocale", "ownerOrganizationId", "publicationStatus", "updatedAt")
     VALUES ($1, $2, $3, 'en', $4, 'PUBLISHED', now())`,
    [programme, PLANTED.programmeSlug, t('Planted programme'), ngo],
  )

  const project = async (partnershipId: string, title: string, status: string, places: string[]) => {
    const pid = id()
    await q(
      `INSERT INTO "Project" (id, "partnershipId", "programmeId", title, "sourceLocale", "ownerOrganizationId",
         "publicationStatus", "startDate", "startPrecision", "updatedAt")
       VALUES ($1, $2, $3, $4, 'en', $5, $6, '2024-01-01', 'YEAR', now())`,
      [pid, partnershipId, programme, t(title), ngo, status],
    )
    for (const place of places)
      await q(`INSERT INTO "ProjectTerritory" ("projectId", "territoryId") VALUES ($1, $2)`, [pid, place])
    return pid
  }
  const visible = await project(pub, 'Planted public project', 'PUBLISHED', [kokOy, aral])
  const draft = await project(pub, 'PLANTED-DRAFT-PROJECT', 'DRAFT', [kokOy])
  const old = await project(withdrawn, 'PLANTED-WITHDRAWN project', 'PUBLISHED', [kokOy])

  const line = async (o: {
    project: string
    party: string | null
    name: string
    partyType: string
    minor: bigint
    currency?: string
    kgs?: bigint
    usd?: bigint
    withheld?: boolean
    share?: number
    grant?: string
    extra?: boolean
  }) => {
    await q(
      `INSERT INTO "Contribution" (id, "projectId", "partyForm", "partyOrganizationId", "partyNameAsReported", "partyType",
         kind, "amountMinor", currency, "valueDate", "valueDatePrecision", "amountKgsMinor", "amountUsdMinor",
         "amountWithheld", "withheldByOrganizationId", "shareMin", "shareMax", "quantityValue", "quantityUnit",
         "quantityAsReported", "valuationNote", note, "grantId", "ownerOrganizationId", "publicationStatus", "updatedAt")
       VALUES ($1, $2, 'ORGANIZATION', $3, $4, $5, 'CASH', $6, $7, '2024-03-15', 'DAY', $8, $9, $10, $11, $12, $12, $13, $14,
         $15, $16, $17, $18, $19, 'PUBLISHED', now())`,
      [
        id(),
        o.project,
        o.party,
        o.name,
        o.partyType,
        o.minor,
        o.currency ?? 'KGS',
        o.kgs ?? o.minor,
        o.usd ?? o.minor / 87n,
        o.withheld ?? false,
        o.withheld ? ngo : null,
        o.share ?? null,
        o.extra ? 4321 : null,
        o.extra ? 't' : null,
        o.extra ? 'PLANTED-QUANTITY 4321 t' : null,
        o.extra ? t('PLANTED-VALUATION-NOTE') : null,
        o.extra ? t('PLANTED-WITHHELD-NOTE') : null,
        o.grant ?? null,
        ngo,
      ],
    )
  }
  await line({ project: visible, party: ngo, name: 'Planted public NGO', partyType: 'CSO', minor: 10000000n })
  await line({
    project: visible,
    party: ngo,
    name: 'Planted public NGO',
    partyType: 'CSO',
    minor: 98765432100n,
    usd: 1129891700n,
    withheld: true,
    share: 0.777,
    extra: true,
  })
  const grant = id()
  await q(
    `INSERT INTO "Grant" (id, "funderId", "recipientId", "projectId", title, "amountMinor", currency, "amountWithheld",
       "withheldByOrganizationId", "ownerOrganizationId", "publicationStatus", "updatedAt")
     VALUES ($1, $2, $3, $4, $5, 5555555555, 'USD', true, $3, $3, 'PUBLISHED', now())`,
    [grant, funder, ngo, visible, t('Planted grant')],
  )
  await line({
    project: visible,
    party: funder,
    name: 'PLANTED-DRAFT-FUNDER as reported',
    partyType: 'DONOR',
    minor: 5555555555n,
    currency: 'USD',
    kgs: 48333333330n,
    usd: 5555555555n,
    withheld: true,
    grant,
  })
  await line({
    project: visible,
    party: publicFunder,
    name: 'Planted public funder',
    partyType: 'DONOR',
    minor: 31415926500n,
    withheld: true,
  })
  await q(
    `INSERT INTO "Grant" (id, "funderId", "recipientId", title, "amountMinor", currency, "valueDate", "startDate",
       "startPrecision", "amountWithheld", "withheldByOrganizationId", "ownerOrganizationId", "publicationStatus", "updatedAt")
     VALUES ($1, $2, $3, $4, 2718281800, 'USD', '2024-05-01', '2024-01-01', 'YEAR', true, $2, $3, 'PUBLISHED', now())`,
    [id(), publicFunder, ngo, t('Planted grant outside the ledger')],
  )
  await line({ project: draft, party: ngo, name: 'Planted public NGO', partyType: 'CSO', minor: 424242400n })
  await line({ project: old, party: ngo, name: 'Planted public NGO', partyType: 'CSO', minor: 606060600n })

  const outcome = async (projectId: string, indicator: string, status: string) =>
    q(
      `INSERT INTO "Outcome" (id, "projectId", indicator, value, unit, kind, "ownerOrganizationId", "publicationStatus", "updatedAt")
       VALUES ($1, $2, $3, 12, $4, 'ACTUAL', $5, $6, now())`,
      [id(), projectId, t(indicator), t('people'), ngo, status],
    )
  await outcome(visible, 'Planted public outcome', 'PUBLISHED')
  await outcome(visible, 'PLANTED-DRAFT-OUTCOME', 'DRAFT')
  await outcome(draft, 'PLANTED-DRAFT-PROJECT outcome', 'PUBLISHED')

  const cs = id()
  await q(
    `INSERT INTO "CaseStudy" (id, slug, title, "sourceLocale", "partnershipId", "organizationId", "ownerOrganizationId",
       "publicationStatus", "updatedAt")
     VALUES ($1, $2, $3, 'en', $4, $5, $5, 'PUBLISHED', now())`,
    [cs, PLANTED.caseStudySlug, t('PLANTED-WITHDRAWN case study'), withdrawn, ngo],
  )
  await q(
    `INSERT INTO "CaseStudySection" (id, "caseStudyId", kind, position, body) VALUES ($1, $2, 'SUMMARY', 0, $3)`,
    [id(), cs, t('PLANTED-WITHDRAWN section')],
  )
  const agreement = id()
  await q(
    `INSERT INTO "Agreement" (id, "partnershipId", kind, subject, "sourceLocale", "ownerOrganizationId", "publicationStatus", "updatedAt")
     VALUES ($1, $2, 'MEMORANDUM_OF_COOPERATION', $3, 'en', $4, 'PUBLISHED', now())`,
    [agreement, withdrawn, t('PLANTED-WITHDRAWN memorandum'), ngo],
  )
  await q(
    `INSERT INTO "AgreementParty" (id, "agreementId", "organizationId", "nameAsReported", position) VALUES ($1, $2, $3, 'Planted public NGO', 0)`,
    [id(), agreement, ngo],
  )

  // A draft memorandum of the public partnership, between the NGO and Kok-Oy's aiyl okmot, with a
  // signatory and an amendment; and the aiyl okmot's dispute of the public cash line, with its reason.
  const kokOyAo = (await q(`SELECT id FROM "Organization" WHERE "externalKey" = $1`, [`lsg:${PLANTED.places[0]}`]))
    .rows[0]?.id
  const draftAgreement = id()
  await q(
    `INSERT INTO "Agreement" (id, "partnershipId", kind, subject, "sourceLocale", "ownerOrganizationId", "publicationStatus",
       status, "expiryDate", "expiryPrecision", "updatedAt")
     VALUES ($1, $2, 'MEMORANDUM_OF_COOPERATION', $3, 'en', $4, 'DRAFT', 'DRAFT', '2027-01-31', 'DAY', now())`,
    [draftAgreement, pub, t('PLANTED-DRAFT-MEMORANDUM'), ngo],
  )
  await q(
    `INSERT INTO "AgreementParty" (id, "agreementId", "organizationId", "nameAsReported", "partyType", "signatoryName", position)
     VALUES ($1, $2, $3, 'Planted public NGO', 'CSO', 'PLANTED-DRAFT-SIGNATORY', 0), ($4, $2, $5, 'Kok-Oy aiyl okmot', 'LSG', null, 1)`,
    [id(), draftAgreement, ngo, id(), kokOyAo ?? null],
  )
  await q(`INSERT INTO "AgreementAmendment" (id, "agreementId", number, summary) VALUES ($1, $2, 1, $3)`, [
    id(),
    draftAgreement,
    t('PLANTED-DRAFT-AMENDMENT'),
  ])
  if (kokOyAo) {
    const publicLine = (
      await q(`SELECT id FROM "Contribution" WHERE "projectId" = $1 AND NOT "amountWithheld" LIMIT 1`, [visible])
    ).rows[0].id
    await q(
      `INSERT INTO "Confirmation" (id, entity, "entityId", "organizationId", state, comment)
       VALUES ($1, 'Contribution', $2, $3, 'DISPUTED', 'PLANTED-DISPUTE-COMMENT')`,
      [id(), publicLine, kokOyAo],
    )
  }

  // Signed scans: the bytes where the server's document store reads them (playwright.config.ts).
  const document = async (agreementId: string, fileName: string, isPublic: boolean) => {
    const did = id()
    const storageKey = `${agreementId}/${randomUUID()}`
    const bytes = Buffer.from(`%PDF-1.4\n% PLANTED-DOCUMENT-BYTES ${fileName}\n%%EOF\n`)
    mkdirSync(path.join(E2E_DOCUMENTS_DIR, agreementId), { recursive: true })
    writeFileSync(path.join(E2E_DOCUMENTS_DIR, ...storageKey.split('/')), bytes)
    await q(
      `INSERT INTO "Document" (id, "agreementId", "fileName", "contentType", "byteSize", sha256, "storageKey", "isPublic", "ownerOrganizationId")
       VALUES ($1, $2, $3, 'application/pdf', $4, $5, $6, $7, $8)`,
      [
        did,
        agreementId,
        fileName,
        bytes.length,
        createHash('sha256').update(bytes).digest('hex'),
        storageKey,
        isPublic,
        ngo,
      ],
    )
    return did
  }
  const privateDocument = await document(draftAgreement, 'PLANTED-PRIVATE-DOCUMENT signed.pdf', false)
  const withdrawnDocument = await document(agreement, 'PLANTED-PRIVATE-DOCUMENT of a withdrawn partnership.pdf', true)

  // Accounts of other organizations: a reader with none, and an official of an unrelated aiyl okmot.
  const user = async (email: string, orgId?: string, role?: string) => {
    const uid = id()
    await q(
      `INSERT INTO "User" (id, email, name, "passwordHash", "globalRole", "updatedAt") VALUES ($1, $2, $3, $4, 'USER', now())`,
      [uid, email, email.split('@')[0], hash],
    )
    if (orgId)
      await q(`INSERT INTO "Membership" (id, "userId", "organizationId", role) VALUES ($1, $2, $3, $4)`, [
        id(),
        uid,
        orgId,
        role,
      ])
    return uid
  }
  await user(PLANTED.viewer)
  const katran = (await q(`SELECT id FROM "Organization" WHERE "externalKey" = 'lsg:KG05236818000'`)).rows[0]?.id
  const official = await user(PLANTED.official, katran, 'OFFICIAL')

  // The official's private calendar address: the token is the secret (only its hash is stored).
  const calendarToken = randomBytes(32).toString('base64url')
  const calendarHash = createHash('sha256').update(calendarToken).digest('hex')
  await q(`INSERT INTO "CalendarToken" (id, "userId", "tokenHash") VALUES ($1, $2, $3)`, [id(), official, calendarHash])

  return {
    ids: {
      ngo,
      funder,
      publicFunder,
      pub,
      withdrawn,
      programme,
      visible,
      draft,
      old,
      grant,
      cs,
      agreement,
      draftAgreement,
      privateDocument,
      withdrawnDocument,
    },
    /** Secrets made at planting time: the calendar token and its hash. */
    plantedSecrets: [
      { label: 'calendar token', text: calendarToken },
      { label: 'calendar token hash', text: calendarHash },
    ] satisfies Secret[],
    calendarToken,
  }
}
