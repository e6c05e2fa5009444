// The planted-secrets suite (issue "Trust"): beside the seeded data, plant records whose private parts
// carry markers (tests/e2e/secrets/plant.ts), then walk every route the app serves — collected from
// the app directory, so a new page cannot be forgotten — in three languages, as HTML and as its RSC
// payload, anonymously and as each role of another organization, and fail on any marker, withheld
// amount, share or derived total. The scanner itself is tested in tests/unit/secret-scanner.test.ts.
import pg from 'pg'
import { hashPassword } from '../../lib/auth/password'
import type { APIRequestContext, APIResponse } from '@playwright/test'
import ExcelJS from 'exceljs'
import { recordKinds } from '../../lib/export/tables'
import { e2eUsers, E2E_PASSWORD } from './accounts-data'
import { e2eDatabaseUrl } from './db'
import { expect, signIn, test } from './fixtures'
import { hiddenAmountsMinor, PLANTED, plantSecrets, secrets } from './secrets/plant'
import { collectRoutes, expandRoutes } from './secrets/routes'
import { findSecrets, type Secret } from './secrets/scanner'

const locales = ['ky', 'ru', 'en'] as const
let ids: Awaited<ReturnType<typeof plantSecrets>>['ids']
let places: { code: string; path: string }[]
let allSecrets: Secret[]
let calendarToken: string
let madeSecrets: Secret[]

test.describe.configure({ mode: 'serial' })

test.beforeAll(async () => {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() })
  await client.connect()
  try {
    const planted = await plantSecrets(client, await hashPassword(E2E_PASSWORD))
    ids = planted.ids
    calendarToken = planted.calendarToken
    madeSecrets = planted.plantedSecrets
    places = (
      await client.query(
        `SELECT code, path FROM "Territory" WHERE code = ANY($1) OR path IN ('kg-t', 'kg-t/talas') ORDER BY path`,
        [PLANTED.places],
      )
    ).rows
    // Totals of the places the planted records touch, as they are (an independent query: published
    // lines of public projects, converted, delivered lump sums, not withheld), and as they would read
    // if a hidden line had been added to them.
    const derived: Secret[] = []
    for (const p of [...places, { code: 'national', path: '' }]) {
      const { rows } = await client.query(
        `SELECT coalesce(sum(c."amountKgsMinor"), 0)::text AS kgs
         FROM "Contribution" c JOIN "Project" pr ON pr.id = c."projectId"
         LEFT JOIN "Partnership" ps ON ps.id = pr."partnershipId"
         LEFT JOIN "Programme" pg ON pg.id = pr."programmeId"
         LEFT JOIN "Territory" at ON at.id = pr."attributedTerritoryId"
         WHERE c."publicationStatus" = 'PUBLISHED' AND NOT c."amountWithheld" AND c."amountMinor" IS NOT NULL
           AND c."amountKgsMinor" IS NOT NULL AND c.basis = 'LUMP_SUM' AND NOT c."isPledge" AND c.nature = 'COST_SHARE'
           AND pr."publicationStatus" = 'PUBLISHED'
           AND (ps.id IS NULL OR ps."publicationStatus" = 'PUBLISHED') AND (pg.id IS NULL OR pg."publicationStatus" = 'PUBLISHED')
           AND ($1 = '' OR at.path = $1 OR at.path LIKE $1 || '/%')`,
        [p.path],
      )
      for (const hidden of hiddenAmountsMinor)
        derived.push({
          label: `${p.code} total with a hidden line`,
          digits: String((BigInt(rows[0].kgs) + hidden) / 100n),
        })
    }
    // The funders' total (public donor and grant lines that add up) as it would read with a hidden line.
    const { rows: funding } = await client.query(
      `SELECT coalesce(sum(c."amountKgsMinor"), 0)::text AS kgs
       FROM "Contribution" c JOIN "Project" pr ON pr.id = c."projectId"
       LEFT JOIN "Partnership" ps ON ps.id = pr."partnershipId"
       LEFT JOIN "Programme" pg ON pg.id = pr."programmeId"
       WHERE c."publicationStatus" = 'PUBLISHED' AND NOT c."amountWithheld" AND c."amountMinor" IS NOT NULL
         AND c."amountKgsMinor" IS NOT NULL AND c.basis = 'LUMP_SUM' AND NOT c."isPledge" AND c.nature = 'COST_SHARE'
         AND (c."partyType" IN ('DONOR', 'INTERNATIONAL') OR c."grantId" IS NOT NULL) AND pr."publicationStatus" = 'PUBLISHED'
         AND (ps.id IS NULL OR ps."publicationStatus" = 'PUBLISHED') AND (pg.id IS NULL OR pg."publicationStatus" = 'PUBLISHED')`,
    )
    for (const hidden of hiddenAmountsMinor)
      derived.push({
        label: 'funders total with a hidden line',
        digits: String((BigInt(funding[0].kgs) + hidden) / 100n),
      })
    allSecrets = [...secrets, ...madeSecrets, ...derived]
  } finally {
    await client.end()
  }
})

/** The URLs of each route, for the planted records and the places they touch. */
function urls(): Record<string, string[]> {
  const each = (paths: string[]) => locales.flatMap((l) => paths.map((p) => `/${l}${p}`))
  const manage = (paths: string[]) => paths.map((p) => `/en/manage${p}`)
  const place = places.map((p) => p.path)
  const talasRayon = places.find((p) => p.path === 'kg-t/talas')?.code
  const history = [
    ['organization', ids.funder],
    ['organization', ids.publicFunder],
    ['partnership', ids.withdrawn],
    ['partnership', ids.pub],
    ['project', ids.draft],
    ['project', ids.old],
    ['project', ids.visible],
    ['grant', ids.grant],
    ['case-study', ids.cs],
    ['programme', ids.programme],
  ].map(([entity, id]) => `/history/${entity}/${id}`)
  // Lower-case words that find the planted records if they leak; the page echoes them (and the scan
  // ignores the echo), while the markers it looks for are upper case and survive.
  const words = ['planted', 'draft funder', 'withdrawn', 'draft project', 'internal note', 'secret']
  const narrowed = [
    'territory=KG-T',
    ...PLANTED.places.map((code) => `territory=${code}`),
    `organization=${PLANTED.ngoSlug}`,
    `organization=${PLANTED.draftFunderSlug}`,
    `programme=${PLANTED.programmeSlug}`,
  ]
  const exportKinds = [...recordKinds]
  return {
    '/[locale]': each(['', '?metric=costShare', '?metric=partnerships']),
    '/[locale]/[...rest]': each(['/no-such-page']),
    '/[locale]/case-studies': each([
      '/case-studies',
      '/case-studies?oblast=KG-T',
      '/case-studies?q=planted',
      `/case-studies?donor=${PLANTED.draftFunderSlug}`,
    ]),
    '/[locale]/case-studies/[slug]': each([`/case-studies/${PLANTED.caseStudySlug}`]),
    '/[locale]/history/[entity]/[id]': each(history),
    '/[locale]/funders': each(
      [
        '',
        '?currency=USD',
        '?oblast=KG-T',
        '?from=2020&to=2030&theme=water',
        '?oblast=KG-T&currency=USD',
        `?oblast=KG-T&rayon=${talasRayon}`,
        '?from=2030&to=2020',
      ].map((q) => `/funders${q}`),
    ),
    // A public funder whose amounts are all withheld, a draft funder (404), an organization that funds nothing (404).
    '/[locale]/funders/[slug]': each(
      [PLANTED.publicFunderSlug, PLANTED.draftFunderSlug, PLANTED.ngoSlug].flatMap((slug) => [
        `/funders/${slug}`,
        `/funders/${slug}?currency=USD`,
        // The funder's own filters: years, oblast → rayon, theme; and a reversed year range.
        `/funders/${slug}?from=2000&to=2030&oblast=KG-T&rayon=${talasRayon}&theme=water`,
        `/funders/${slug}?oblast=KG-T&currency=USD`,
        `/funders/${slug}?from=2030&to=2000`,
      ]),
    ),
    '/[locale]/invitation/[token]': each(['/invitation/' + 'x'.repeat(43)]),
    '/[locale]/reset-password/[token]': each(['/reset-password/' + 'x'.repeat(43)]),
    '/[locale]/sign-in': each(['/sign-in']),
    '/[locale]/forgot-password': each(['/forgot-password']),
    // Preview images: a PNG has no text to scan, so these are checked for their status (a record that
    // is not public has none: the first test); what an image may say is read from its card data
    // (tests/integration/share-cards.test.ts).
    '/[locale]/og': each(['/og']),
    '/[locale]/og/case-studies/[slug]': each([`/og/case-studies/${PLANTED.caseStudySlug}`]),
    '/[locale]/og/partnerships/[slug]': each([
      `/og/partnerships/${PLANTED.partnershipSlug}`,
      `/og/partnerships/${PLANTED.withdrawnSlug}`,
    ]),
    '/[locale]/og/places/[...path]': each(place.map((p) => `/og/places/${p}`)),
    // A public funder whose amounts are all withheld; a draft funder and an organization that funds nothing (404).
    '/[locale]/og/funders/[slug]': each(
      [PLANTED.publicFunderSlug, PLANTED.draftFunderSlug, PLANTED.ngoSlug].map((slug) => `/og/funders/${slug}`),
    ),
    '/[locale]/organizations/[slug]': each([
      `/organizations/${PLANTED.ngoSlug}`,
      `/organizations/${PLANTED.draftFunderSlug}`,
      `/organizations/${PLANTED.publicFunderSlug}`,
    ]),
    '/[locale]/partnerships/[slug]': each([
      `/partnerships/${PLANTED.partnershipSlug}`,
      `/partnerships/${PLANTED.withdrawnSlug}`,
    ]),
    '/[locale]/places/[...path]': each(
      place.flatMap((p) => [`/places/${p}`, `/places/${p}?currency=USD`, `/places/${p}?confirmed=1`]),
    ),
    '/[locale]/programmes/[slug]': each([`/programmes/${PLANTED.programmeSlug}`]),
    '/[locale]/projects/[id]': each([ids.visible, ids.draft, ids.old].map((id) => `/projects/${id}`)),
    '/[locale]/search': each(words.map((m) => `/search?q=${encodeURIComponent(m)}`)),
    // The manage side, as another organization's people see it (anonymous: sign-in).
    '/[locale]/manage': manage(['']),
    '/[locale]/manage/case-studies': manage(['/case-studies']),
    '/[locale]/manage/case-studies/[id]': manage([`/case-studies/${ids.cs}`]),
    '/[locale]/manage/case-studies/[id]/edit': manage([`/case-studies/${ids.cs}/edit`]),
    '/[locale]/manage/case-studies/new': manage(['/case-studies/new']),
    '/[locale]/manage/contributions/[id]/edit': manage([]), // filled below with line ids
    '/[locale]/manage/grants': manage(['/grants']),
    '/[locale]/manage/grants/[id]': manage([`/grants/${ids.grant}`]),
    '/[locale]/manage/grants/[id]/edit': manage([`/grants/${ids.grant}/edit`]),
    '/[locale]/manage/grants/new': manage(['/grants/new']),
    '/[locale]/manage/organizations': manage(['/organizations']),
    '/[locale]/manage/organizations/[id]': manage([`/organizations/${ids.funder}`, `/organizations/${ids.ngo}`]),
    '/[locale]/manage/organizations/[id]/edit': manage([`/organizations/${ids.ngo}/edit`]),
    // The merge preview of two organizations (administrators only; others get 404).
    '/[locale]/manage/organizations/[id]/merge': manage([
      `/organizations/${ids.ngo}/merge`,
      `/organizations/${ids.ngo}/merge?from=${ids.funder}`,
    ]),
    '/[locale]/manage/organizations/new': manage(['/organizations/new']),
    '/[locale]/manage/outcomes/[id]/edit': manage([]), // filled below
    '/[locale]/manage/partnerships': manage(['/partnerships']),
    '/[locale]/manage/partnerships/[id]': manage([`/partnerships/${ids.pub}`, `/partnerships/${ids.withdrawn}`]),
    '/[locale]/manage/partnerships/[id]/edit': manage([`/partnerships/${ids.pub}/edit`]),
    '/[locale]/manage/partnerships/[id]/party': manage([
      `/partnerships/${ids.pub}/party`,
      `/partnerships/${ids.withdrawn}/party`,
    ]),
    '/[locale]/manage/partnerships/[id]/preview': manage([
      `/partnerships/${ids.pub}/preview`,
      `/partnerships/${ids.withdrawn}/preview`,
    ]),
    '/[locale]/manage/partnerships/[id]/projects/new': manage([`/partnerships/${ids.pub}/projects/new`]),
    '/[locale]/manage/partnerships/new': manage(['/partnerships/new']),
    '/[locale]/manage/programmes': manage(['/programmes']),
    '/[locale]/manage/programmes/[id]': manage([`/programmes/${ids.programme}`]),
    '/[locale]/manage/programmes/[id]/edit': manage([`/programmes/${ids.programme}/edit`]),
    '/[locale]/manage/programmes/new': manage(['/programmes/new']),
    '/[locale]/manage/projects/[id]': manage([ids.visible, ids.draft, ids.old].map((id) => `/projects/${id}`)),
    '/[locale]/manage/projects/[id]/contributions/new': manage([`/projects/${ids.visible}/contributions/new`]),
    '/[locale]/manage/projects/[id]/edit': manage([`/projects/${ids.visible}/edit`]),
    '/[locale]/manage/projects/[id]/outcomes/new': manage([`/projects/${ids.visible}/outcomes/new`]),
    '/[locale]/manage/users': manage(['/users']),
    '/[locale]/manage/audit': manage(['/audit', `/audit?organization=${ids.ngo}`]),
    // Test-mode pages that fail on purpose (the error pages): they must not leak either.
    '/[locale]/test-failure': each(['/test-failure']),
    '/[locale]/manage/memoranda': manage(['/memoranda']),
    '/[locale]/manage/memoranda/new': manage([`/memoranda/new?partnership=${ids.pub}`]),
    '/[locale]/manage/memoranda/[id]': manage([ids.draftAgreement, ids.agreement].map((id) => `/memoranda/${id}`)),
    '/[locale]/manage/memoranda/[id]/edit': manage([`/memoranda/${ids.draftAgreement}/edit`]),
    '/[locale]/manage/memoranda/[id]/amend': manage([`/memoranda/${ids.draftAgreement}/amend`]),
    '/[locale]/manage/memoranda/[id]/renew': manage([`/memoranda/${ids.agreement}/renew`]),
    '/[locale]/manage/memoranda/[id]/terminate': manage([`/memoranda/${ids.agreement}/terminate`]),
    '/[locale]/manage/test-failure': manage(['/test-failure']),
    '/[locale]/manage/notifications': manage(['/notifications']),
    '/[locale]/manage/translations': manage(['/translations']),
    '/[locale]/manage/import': manage(['/import']),
    // An organization's own records in the import format (CSV here, so the scan reads every cell).
    '/api/import/export': ['contributions', 'projects', 'grants', 'outcomes', 'partnerships', 'organizations'].map(
      (kind) => `/api/import/export?format=csv&kind=${kind}`,
    ),
    '/api/import/template': ['/api/import/template', '/api/import/template?format=csv&kind=projects&locale=ru'],
    '/[locale]/manage/users/[id]': manage(['/users/' + ids.ngo]),
    '/api/auth/[...nextauth]': ['/api/auth/session', '/api/auth/providers'],
    '/api/health': ['/api/health'],
    // The header's "signed in as" (anonymous here: signed out).
    '/api/session': ['/api/session'],
    // The sitemaps list every public page: a draft's or a withheld record's address must not be among them.
    '/robots.txt': ['/robots.txt'],
    '/sitemap.xml': ['/sitemap.xml'],
    '/sitemaps/[file]': [
      'pages',
      'places',
      'case-studies',
      'partnerships',
      'projects',
      'programmes',
      'organizations',
      'funders',
    ].map((kind) => `/sitemaps/${kind}-0.xml`),
    // Signed scans: a private one, and one marked public of a withdrawn partnership (GET on the upload
    // route answers 405). The calendar feed with a token nobody has: the planted one is a secret.
    '/api/documents': ['/api/documents'],
    '/api/documents/[id]': [ids.privateDocument, ids.withdrawnDocument].map((id) => `/api/documents/${id}`),
    '/api/calendar/[token]': ['/api/calendar/' + 'x'.repeat(43), '/api/calendar/not-a-token'],
    '/api/v1/case-studies': [
      '/api/v1/case-studies',
      '/api/v1/case-studies?q=planted',
      '/api/v1/case-studies?territory=KG-T',
    ],
    '/api/v1/case-studies/[id]': [`/api/v1/case-studies/${PLANTED.caseStudySlug}`, `/api/v1/case-studies/${ids.cs}`],
    // The IATI export: whole, and narrowed to the planted records (a draft funder's slug answers 404).
    '/api/v1/iati': [
      '/api/v1/iati',
      '/api/v1/iati?territory=KG-T',
      ...PLANTED.places.map((code) => `/api/v1/iati?territory=${code}`),
      `/api/v1/iati?organization=${PLANTED.ngoSlug}`,
      `/api/v1/iati?organization=${PLANTED.draftFunderSlug}`,
      `/api/v1/iati?programme=${PLANTED.programmeSlug}`,
    ],
    '/api/v1/memoranda': [
      ...PLANTED.places.map((code) => `/api/v1/memoranda?territory=${code}`),
      '/api/v1/memoranda?territory=KG-T&confirmed=1',
    ],
    '/api/v1/territories': ['/api/v1/territories?level=3'],
    // The JSON API and the downloads (ADR "exports"): whole, narrowed to the planted records' places,
    // organization and programme, and named by a draft funder (404); every file format.
    ...Object.fromEntries(
      ['projects', 'organizations', 'partnerships', 'programmes'].map((kind) => [
        `/api/v1/${kind}`,
        [`/api/v1/${kind}?perPage=500`, ...narrowed.map((q) => `/api/v1/${kind}?${q}`)],
      ]),
    ),
    '/api/v1/exports/[kind]': [
      '/api/v1/exports/dictionary',
      ...exportKinds.flatMap((kind) => [
        `/api/v1/exports/${kind}`,
        ...['json', 'xlsx', 'hxl'].map((format) => `/api/v1/exports/${kind}?format=${format}&territory=KG-T`),
        ...narrowed.map((q) => `/api/v1/exports/${kind}?format=csv&${q}`),
      ]),
    ],
    '/api/v1/openapi.json': ['/api/v1/openapi.json'],
    '/[locale]/api-docs': each(['/api-docs']),
    '/api/v1/territories/[code]': places.map((p) => `/api/v1/territories/${p.code}`),
  }
}

async function lineAndOutcomeIds() {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() })
  await client.connect()
  try {
    const lines = await client.query(`SELECT id FROM "Contribution" WHERE "projectId" = ANY($1)`, [
      [ids.visible, ids.draft, ids.old],
    ])
    const outcomes = await client.query(`SELECT id FROM "Outcome" WHERE "projectId" = ANY($1)`, [
      [ids.visible, ids.draft],
    ])
    return {
      lines: lines.rows.map((r) => `/en/manage/contributions/${r.id}/edit`),
      outcomes: outcomes.rows.map((r) => `/en/manage/outcomes/${r.id}/edit`),
    }
  } finally {
    await client.end()
  }
}

/**
 * A page may repeat what was asked of it (a search box keeps the words; a 404 page's language links
 * keep the path): that is the visitor's own input, not a leak. Remove it before scanning.
 */
function withoutEcho(body: string, url: string): string {
  const u = new URL(url, 'http://x')
  const echoes = [u.pathname, ...u.pathname.split('/'), ...[...u.searchParams.values()]].filter((e) => e.length > 3)
  let out = body
  for (const e of echoes.sort((a, b) => b.length - a.length))
    for (const form of new Set([e, encodeURIComponent(e), e.replace(/-/g, ' ')])) out = out.split(form).join('')
  return out
}

/**
 * A response's text; an XLSX download (a zip that hides its text from the scan) is read cell by cell;
 * an image (a preview, app/[locale]/(public)/og) has none: its bytes would only match digits by chance.
 */
async function bodyText(res: APIResponse): Promise<string> {
  if (res.headers()['content-type']?.startsWith('image/')) return ''
  if (!res.headers()['content-type']?.includes('spreadsheetml')) return res.text()
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load((await res.body()) as unknown as ArrayBuffer)
  const cells: string[] = []
  wb.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((c) => cells.push(String(c.value)))))
  return cells.join('\n')
}

/** Requests every URL as HTML and as an RSC payload; returns "url (kind): secret" for each leak. */
async function walk(request: APIRequestContext): Promise<{ leaks: string[]; requests: number }> {
  const map = urls()
  const more = await lineAndOutcomeIds()
  map['/[locale]/manage/contributions/[id]/edit'] = more.lines
  map['/[locale]/manage/outcomes/[id]/edit'] = more.outcomes
  const routes = expandRoutes(collectRoutes(), map)
  const leaks: string[] = []
  let requests = 0
  for (const { url, template } of routes) {
    for (const kind of ['html', 'rsc'] as const) {
      if (kind === 'rsc' && url.startsWith('/api/')) continue
      // Each request from its own address: the search and API limits must not hide a page behind a 429.
      const headers: Record<string, string> = { 'x-forwarded-for': `198.51.100.${(requests % 250) + 1}` }
      if (kind === 'rsc') headers.RSC = '1'
      const res = await request.get(url, { headers, maxRedirects: 5 })
      requests++
      expect(res.status(), `${url} (${kind})`).not.toBe(429)
      // Pages that fail on purpose answer 500; any other 5xx is a failure of its own.
      if (!template.endsWith('/test-failure')) expect(res.status(), `${url} (${kind})`).toBeLessThan(500)
      for (const label of findSecrets(withoutEcho(await bodyText(res), url), allSecrets))
        leaks.push(`${url} (${kind}): ${label}`)
    }
  }
  return { leaks, requests }
}

test('the planted records are where the suite looks: the public page shows what may be shown', async ({ request }) => {
  const page = await request.get(`/en/partnerships/${PLANTED.partnershipSlug}`)
  expect(page.status()).toBe(200)
  const html = await page.text()
  expect(html).toContain(PLANTED.visibleTitle)
  expect(html).toContain('Planted public project')
  expect(html).toContain('Amount withheld by the organization')
  expect(html).toContain('An organization not yet in the public registry')
  for (const hidden of [
    `/en/partnerships/${PLANTED.withdrawnSlug}`,
    `/en/case-studies/${PLANTED.caseStudySlug}`,
    `/en/projects/${ids.draft}`,
    `/en/projects/${ids.old}`,
    `/en/organizations/${PLANTED.draftFunderSlug}`,
    `/en/funders/${PLANTED.draftFunderSlug}`,
    `/en/funders/${PLANTED.ngoSlug}`,
    `/en/og/partnerships/${PLANTED.withdrawnSlug}`,
    `/ky/og/case-studies/${PLANTED.caseStudySlug}`,
    `/ru/og/funders/${PLANTED.draftFunderSlug}`,
    `/en/og/funders/${PLANTED.ngoSlug}`,
  ])
    expect((await request.get(hidden)).status(), hidden).toBe(404)
  // The public partnership with a withheld line has its preview image.
  const image = await request.get(`/ru/og/partnerships/${PLANTED.partnershipSlug}`)
  expect(image.status()).toBe(200)
  expect(image.headers()['content-type']).toBe('image/png')
  // The public funder's page is real: it says its amounts are withheld, and shows none of them.
  const funder = await request.get(`/en/funders/${PLANTED.publicFunderSlug}`)
  expect(funder.status()).toBe(200)
  const funderHtml = await funder.text()
  expect(funderHtml).toContain('Planted public funder')
  expect(funderHtml).toContain('The amounts of 2 contributions are withheld by their organizations.')
  expect(funderHtml).toContain('None of the 2 items has an amount that adds up')
  // Its preview image is drawn (what it says, without the withheld figures: tests/integration/share-cards.test.ts).
  const funderImage = await request.get(`/ky/og/funders/${PLANTED.publicFunderSlug}`)
  expect(funderImage.status()).toBe(200)
  expect(funderImage.headers()['content-type']).toBe('image/png')
})

test('the planted scan and calendar token are real: served once made public, the feed answers its token', async ({
  request,
}) => {
  const url = `/api/documents/${ids.privateDocument}`
  expect((await request.get(url)).status()).toBe(404)
  // Made public for a moment (the memorandum and its scan), the bytes are served, and the scan finds them.
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() })
  await client.connect()
  try {
    await client.query(`UPDATE "Agreement" SET "publicationStatus" = 'PUBLISHED' WHERE id = $1`, [ids.draftAgreement])
    await client.query(`UPDATE "Document" SET "isPublic" = true WHERE id = $1`, [ids.privateDocument])
    const res = await request.get(url)
    expect(res.status()).toBe(200)
    expect(res.headers()['content-disposition']).toMatch(/^attachment;/)
    expect(findSecrets(await res.text(), allSecrets)).toContain('private document bytes')
  } finally {
    await client.query(`UPDATE "Document" SET "isPublic" = false WHERE id = $1`, [ids.privateDocument])
    await client.query(`UPDATE "Agreement" SET "publicationStatus" = 'DRAFT' WHERE id = $1`, [ids.draftAgreement])
    await client.end()
  }
  expect((await request.get(url)).status()).toBe(404)
  const feed = await request.get(`/api/calendar/${calendarToken}`)
  expect(feed.status()).toBe(200)
  expect(await feed.text()).toContain('BEGIN:VCALENDAR')
  expect((await request.get('/api/calendar/' + 'x'.repeat(43))).status()).toBe(404)
})

test('the downloads are scanned for what they hold: a draft made public for a moment shows in the XLSX', async ({
  request,
}) => {
  const url = '/api/v1/exports/projects?format=xlsx'
  const leaksIn = async () => findSecrets(await bodyText(await request.get(url)), allSecrets)
  expect(await leaksIn()).not.toContain('draft project')
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() })
  await client.connect()
  try {
    await client.query(`UPDATE "Project" SET "publicationStatus" = 'PUBLISHED' WHERE id = $1`, [ids.draft])
    expect(await leaksIn()).toContain('draft project')
  } finally {
    await client.query(`UPDATE "Project" SET "publicationStatus" = 'DRAFT' WHERE id = $1`, [ids.draft])
    await client.end()
  }
})

test('no secret on any route, anonymously', async ({ request }) => {
  test.setTimeout(600_000)
  const { leaks, requests } = await walk(request)
  expect(requests).toBeGreaterThan(150)
  expect(leaks).toEqual([])
})

for (const [role, email] of [
  ['a reader with no organization', PLANTED.viewer],
  ['an editor of another NGO', e2eUsers.otherEditor],
  ['an official of an unrelated aiyl okmot', PLANTED.official],
] as const) {
  test(`no secret on any route, as ${role}`, async ({ page }) => {
    test.setTimeout(600_000)
    await signIn(page, email)
    const { leaks } = await walk(page.request)
    expect(leaks).toEqual([])
  })
}
