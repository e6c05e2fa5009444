// The exports (GET /api/v1/exports/{kind}, `npm run export:all`) and the JSON API (/api/v1/projects,
// organizations, partnerships, programmes, case-studies) on the seeded registry with planted records:
// a withheld amount leaves no trace in any format, an unknown amount is empty (null), never 0, a draft
// record is absent; lists page through a Link header; every answer matches its OpenAPI schema.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import ExcelJS from 'exceljs'
import { NextRequest } from 'next/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { GET as caseStudyApi } from '@/app/api/v1/case-studies/[id]/route'
import { GET as caseStudiesApi } from '@/app/api/v1/case-studies/route'
import { GET as exportsApi } from '@/app/api/v1/exports/[kind]/route'
import { GET as openApi } from '@/app/api/v1/openapi.json/route'
import { GET as organizationsApi } from '@/app/api/v1/organizations/route'
import { GET as partnershipsApi } from '@/app/api/v1/partnerships/route'
import { GET as programmesApi } from '@/app/api/v1/programmes/route'
import { GET as projectsApi } from '@/app/api/v1/projects/route'
import { GET as memorandaApi } from '@/app/api/v1/memoranda/route'
import { GET as territoryApi } from '@/app/api/v1/territories/[code]/route'
import { GET as territoriesApi } from '@/app/api/v1/territories/route'
import { listEndpoints, recordEndpoints } from '@/lib/api/openapi'
import { parseCsv } from '@/lib/csv/parse'
import { writePublicDump } from '@/lib/export/dump'
import { recordKinds } from '@/lib/export/tables'
import { factories } from '../factories'
import { connect } from '../setup/db'

const prisma = connect()
const f = factories(prisma)

// What only the database knows: none may appear in any export or answer, in any form.
const WITHHELD_LINE = 987654321n
const WITHHELD_GRANT = 424242400n
const secrets = [
  '9876543',
  '98765432',
  '4242424',
  'WITHHELD-NOTE-QX9',
  'DRAFT-PROJECT-QX9',
  'DRAFT-PARTNERSHIP-QX9',
  'DRAFT-FUNDER-QX9',
  'DRAFT-OUTCOME-QX9',
  'DRAFT-PROGRAMME-QX9',
]
const leaks = (text: string) => secrets.filter((s) => text.includes(s))

let ids: { visible: string; draft: string; ngoSlug: string; draftFunderSlug: string; oblast: string; ao: string }

beforeAll(async () => {
  const ngo = await f.organization({ name: 'Exports test NGO' })
  const draftFunder = await f.organization({ kind: 'DONOR', name: 'DRAFT-FUNDER-QX9', publicationStatus: 'DRAFT' })
  const kokOy = await prisma.territory.findFirstOrThrow({
    where: { parent: { code: 'KG07232000000' }, slug: 'kok-oy' },
    include: { parent: { include: { parent: true } } },
  })
  const lsg = await f.lsgBody(kokOy.code)
  const owner = { ownerOrganizationId: ngo.id }
  const partnership = await prisma.partnership.create({
    data: {
      ...owner,
      slug: `test-${f.tag}-exports`,
      title: { en: 'Exports planted partnership', ru: 'Партнёрство для выгрузок' },
      themes: ['water'],
      publicationStatus: 'PUBLISHED',
      territories: { create: [{ territoryId: kokOy.id, isPrimary: true }] },
      parties: {
        create: [
          { organizationId: ngo.id, nameAsReported: 'Exports test NGO', partyType: 'CSO', isLead: true },
          { organizationId: draftFunder.id, nameAsReported: 'DRAFT-FUNDER-QX9 as reported', partyType: 'DONOR' },
        ],
      },
    },
  })
  await prisma.programme.create({
    data: { ...owner, slug: `test-${f.tag}-draft-programme`, title: { en: 'DRAFT-PROGRAMME-QX9' } },
  })
  const project = (title: string, status: 'DRAFT' | 'PUBLISHED', partnershipId = partnership.id) =>
    prisma.project.create({
      data: {
        ...owner,
        partnershipId,
        title: { en: title, ky: `${title} (ky)` },
        startDate: new Date('2021-03-01'),
        startPrecision: 'MONTH',
        publicationStatus: status,
        territories: { create: [{ territoryId: kokOy.id }] },
      },
    })
  const visible = await project('=Exports planted project', 'PUBLISHED')
  const draft = await project('DRAFT-PROJECT-QX9', 'DRAFT')
  const draftPartnership = await prisma.partnership.create({
    data: { ...owner, slug: `test-${f.tag}-exports-draft`, title: { en: 'DRAFT-PARTNERSHIP-QX9' } },
  })
  await project('DRAFT-PROJECT-QX9 of a draft partnership', 'PUBLISHED', draftPartnership.id)
  const line = {
    ...owner,
    projectId: visible.id,
    partyForm: 'ORGANIZATION' as const,
    publicationStatus: 'PUBLISHED' as const,
  }
  await prisma.contribution.createMany({
    data: [
      {
        ...line,
        partyOrganizationId: lsg.id,
        partyNameAsReported: 'Kok-Oy aiyl okmotu',
        partyType: 'LSG',
        kind: 'CASH',
        amountMinor: WITHHELD_LINE,
        currency: 'KGS',
        amountKgsMinor: WITHHELD_LINE,
        valueDate: new Date('2021-05-04'),
        valueDatePrecision: 'DAY',
        amountWithheld: true,
        note: { en: 'WITHHELD-NOTE-QX9: 9 876 543.21 som' },
      },
      {
        ...line,
        partyOrganizationId: ngo.id,
        partyNameAsReported: 'Exports test NGO',
        partyType: 'CSO',
        kind: 'LABOUR',
      },
      {
        ...line,
        partyOrganizationId: draftFunder.id,
        partyNameAsReported: 'DRAFT-FUNDER-QX9 as reported',
        partyType: 'DONOR',
        kind: 'CASH',
        amountMinor: 250000n,
        currency: 'USD',
        amountKgsMinor: 21750000n,
        amountUsdMinor: 250000n,
      },
      {
        ...line,
        partyOrganizationId: ngo.id,
        partyNameAsReported: 'Exports test NGO',
        partyType: 'CSO',
        kind: 'CASH',
        publicationStatus: 'DRAFT',
        amountMinor: 424242400n,
        currency: 'KGS',
      },
    ],
  })
  await prisma.grant.createMany({
    data: [
      {
        ...owner,
        funderId: draftFunder.id,
        recipientId: ngo.id,
        projectId: visible.id,
        title: { en: 'Withheld grant' },
        amountMinor: WITHHELD_GRANT,
        currency: 'KGS',
        amountWithheld: true,
        publicationStatus: 'PUBLISHED',
      },
      {
        ...owner,
        funderId: ngo.id,
        recipientId: ngo.id,
        projectId: visible.id,
        title: { en: 'Grant without an amount' },
        publicationStatus: 'PUBLISHED',
      },
    ],
  })
  const outcome = (indicator: string, publicationStatus: 'DRAFT' | 'PUBLISHED') => ({
    ...owner,
    projectId: visible.id,
    indicator: { en: indicator },
    unit: { en: 'households' },
    value: 140,
    qualifier: 'EXACT' as const,
    kind: 'ACTUAL' as const,
    publicationStatus,
  })
  await prisma.outcome.createMany({
    data: [outcome('Households with tap water', 'PUBLISHED'), outcome('DRAFT-OUTCOME-QX9', 'DRAFT')],
  })
  ids = {
    visible: visible.id,
    draft: draft.id,
    ngoSlug: ngo.slug,
    draftFunderSlug: draftFunder.slug,
    oblast: kokOy.parent!.parent!.code,
    ao: kokOy.code,
  }
})

afterAll(async () => {
  await f.cleanup()
  await prisma.$disconnect()
})

const download = (kind: string, query = '') =>
  exportsApi(new NextRequest(`http://test/api/v1/exports/${kind}${query}`), { params: Promise.resolve({ kind }) })

/** All the text of a file, whatever its format: an XLSX is read back cell by cell. */
async function textOf(res: Response): Promise<string> {
  if (!res.headers.get('content-type')?.includes('spreadsheetml')) return res.text()
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(await res.arrayBuffer())
  const cells: string[] = []
  wb.eachSheet((s) => s.eachRow((r) => r.eachCell((c) => cells.push(String(c.value)))))
  return cells.join('\n')
}

describe('GET /api/v1/exports/{kind}', () => {
  it('leaves out every withheld amount, draft and unpublished name, in every kind and format', async () => {
    for (const kind of [
      'projects',
      'contributions',
      'outcomes',
      'grants',
      'organizations',
      'partnerships',
      'programmes',
    ])
      for (const format of ['csv', 'xlsx', 'json', 'hxl'])
        for (const filter of ['', `&territory=${ids.oblast}`, `&territory=${ids.ao}`, `&organization=${ids.ngoSlug}`]) {
          const res = await download(kind, `?format=${format}${filter}`)
          expect(res.status, `${kind} ${format} ${filter}`).toBe(200)
          expect(leaks(await textOf(res)), `${kind} ${format} ${filter}`).toEqual([])
        }
  })

  it('narrows the rows to the page’s filter and names the file after it', async () => {
    const res = await download('projects', `?territory=${ids.ao}`)
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="projects-territory-${ids.ao}.csv"`)
    const rows = parseCsv(await res.text())
    expect(rows.map((r) => r.project_id)).toContain(ids.visible)
    expect(rows.map((r) => r.project_id)).not.toContain(ids.draft)
    // A title starting like a formula is neutralised.
    expect(rows.find((r) => r.project_id === ids.visible)?.title_en).toBe("'=Exports planted project")
    const elsewhere = parseCsv(await (await download('projects', '?territory=KG-B')).text())
    expect(elsewhere.map((r) => r.project_id)).not.toContain(ids.visible)
  })

  it('writes an unknown amount as an empty cell and a withheld one as empty and flagged, never 0', async () => {
    const rows = parseCsv(await (await download('contributions', `?territory=${ids.ao}`)).text()).filter(
      (r) => r.project_id === ids.visible,
    )
    expect(rows).toHaveLength(3) // the draft line is not there
    const byKind = (k: string, withheld: string) => rows.find((r) => r.kind === k && r.withheld === withheld)!
    expect(byKind('CASH', 'true')).toMatchObject({
      amount: '',
      amount_kgs: '',
      currency: '',
      value_date: '',
      counted: 'withheld',
    })
    expect(byKind('LABOUR', 'false')).toMatchObject({ amount: '', amount_kgs: '', counted: 'noAmount' })
    // A party whose organization is a draft is not named, not even in the source's words.
    expect(byKind('CASH', 'false')).toMatchObject({ amount: '2500', currency: 'USD', amount_kgs: '217500', party: '' })
    const grants = JSON.parse(await (await download('grants', `?territory=${ids.ao}&format=json`)).text())
    const mine = grants.rows.filter((g: { project_id: string }) => g.project_id === ids.visible)
    expect(
      mine.map((g: { amount: unknown; withheld: boolean; funder: unknown }) => [g.amount, g.withheld, g.funder]),
    ).toEqual(
      expect.arrayContaining([
        [null, true, null],
        [null, false, ids.ngoSlug],
      ]),
    )
  })

  it('answers 404 for a filter naming no public record, 400 for a malformed one or format', async () => {
    expect((await download('projects', `?organization=${ids.draftFunderSlug}`)).status).toBe(404)
    expect((await download('projects', '?territory=KG99999999999')).status).toBe(404)
    expect((await download('projects', '?territory=Talas')).status).toBe(400)
    expect((await download('projects', '?format=pdf')).status).toBe(400)
    expect((await download('secrets')).status).toBe(404)
  })

  it('serves the data dictionary of every kind', async () => {
    const rows = parseCsv(await (await download('dictionary')).text())
    expect(rows.find((r) => r.table === 'contributions' && r.column === 'amount')?.note_ky).toMatch(/нөл эмес/)
  })
})

const api = {
  '/api/v1/projects': projectsApi,
  '/api/v1/organizations': organizationsApi,
  '/api/v1/partnerships': partnershipsApi,
  '/api/v1/programmes': programmesApi,
  '/api/v1/case-studies': caseStudiesApi,
} as const
const call = (endpoint: keyof typeof api, query = '') =>
  api[endpoint](new NextRequest(`http://test${endpoint}${query}`))

describe('the JSON API', () => {
  it('gives a project’s public lines with withheld and unknown amounts null, and no draft', async () => {
    const res = await call('/api/v1/projects', `?territory=${ids.ao}`)
    const body = await res.json()
    expect(leaks(JSON.stringify(body))).toEqual([])
    const p = body.find((x: { id: string }) => x.id === ids.visible)
    expect(p.contributions).toHaveLength(3)
    expect(p.contributions.filter((c: { amount: unknown }) => c.amount === null)).toHaveLength(2)
    expect(p.contributions.find((c: { withheld: boolean }) => c.withheld)).toMatchObject({
      amountKGS: null,
      valueDate: null,
    })
    expect(p.outcomes).toHaveLength(1)
    expect(body.map((x: { id: string }) => x.id)).not.toContain(ids.draft)
  })

  it('pages with Link headers and keeps the bare JSON array', async () => {
    const first = await call('/api/v1/organizations', '?perPage=2')
    const total = Number(first.headers.get('x-total-count'))
    expect(total).toBeGreaterThan(4)
    expect(await first.json()).toHaveLength(2)
    const link = first.headers.get('link')!
    expect(link).toContain('page=2&perPage=2>; rel="next"')
    expect(link).toContain(`page=${Math.ceil(total / 2)}&perPage=2>; rel="last"`)
    expect(link).not.toContain('rel="prev"')
    const next = await call('/api/v1/organizations', '?perPage=2&page=2')
    expect(next.headers.get('link')).toContain('page=1&perPage=2>; rel="prev"')
    const both = [...(await (await call('/api/v1/organizations', '?perPage=4')).json())].map((o) => o.slug)
    expect([...(await next.json())].map((o) => o.slug)).toEqual(both.slice(2, 4))
    expect((await call('/api/v1/organizations', '?perPage=5000')).status).toBe(400)
  })

  it('lists published organizations only, with the same filters as the pages', async () => {
    const all = await (await call('/api/v1/organizations', '?perPage=500&page=1')).json()
    const slugs = new Set<string>()
    for (let page = 1; ; page++) {
      const res = await call('/api/v1/organizations', `?perPage=500&page=${page}`)
      const rows = await res.json()
      for (const o of rows) slugs.add(o.slug)
      if (!res.headers.get('link')?.includes('rel="next"')) break
    }
    expect(all.length).toBeGreaterThan(0)
    expect(slugs.has(ids.ngoSlug)).toBe(true)
    expect(slugs.has(ids.draftFunderSlug)).toBe(false)
    const partnerships = await (await call('/api/v1/partnerships', `?organization=${ids.ngoSlug}`)).json()
    expect(partnerships.map((p: { slug: string }) => p.slug)).toEqual([`test-${f.tag}-exports`])
    expect(leaks(JSON.stringify(partnerships))).toEqual([])
    expect((await call('/api/v1/partnerships', `?organization=${ids.draftFunderSlug}`)).status).toBe(404)
  })

  it('answers every list endpoint as its schema in the OpenAPI document says', async () => {
    const doc = await (await openApi(new NextRequest('http://test/api/v1/openapi.json'))).json()
    expect(doc.openapi).toBe('3.1.0')
    // The document's own schemas, as JSON Schema, turned back into validators: strict objects, so a
    // field the document does not name fails too.
    const local = (schema: unknown) =>
      JSON.parse(JSON.stringify(schema).replaceAll('#/components/schemas/', '#/$defs/')) as Record<string, unknown>
    const defs = local(doc.components.schemas)
    for (const [endpoint, item] of Object.entries(listEndpoints)) {
      const schema = doc.paths[endpoint].get.responses['200'].content['application/json'].schema
      expect(schema.items.$ref, endpoint).toBe(`#/components/schemas/${item}`)
      const validate = z.fromJSONSchema({ type: 'array', items: { $ref: `#/$defs/${item}` }, $defs: defs } as never)
      for (const query of ['', `?territory=${ids.oblast}`]) {
        const body = await (await call(endpoint as keyof typeof api, query)).json()
        const parsed = validate.safeParse(body)
        expect(parsed.success ? [] : parsed.error.issues.slice(0, 3), `${endpoint}${query}`).toEqual([])
      }
      expect(validate.safeParse([{ unexpected: true }]).success).toBe(false)
    }
    const territories = z.fromJSONSchema({
      ...local(doc.paths['/api/v1/territories'].get.responses['200'].content['application/json'].schema),
      $defs: defs,
    } as never)
    for (const level of ['1', '3']) {
      const body = await (await territoriesApi(new NextRequest(`http://test/api/v1/territories?level=${level}`))).json()
      const parsed = territories.safeParse(body)
      expect(parsed.success ? [] : parsed.error.issues.slice(0, 3), `territories level ${level}`).toEqual([])
    }
  })

  it('answers the record endpoints and the memoranda as their schemas in the OpenAPI document say', async () => {
    const doc = await (await openApi(new NextRequest('http://test/api/v1/openapi.json'))).json()
    const local = (schema: unknown) =>
      JSON.parse(JSON.stringify(schema).replaceAll('#/components/schemas/', '#/$defs/')) as Record<string, unknown>
    const defs = local(doc.components.schemas)
    const validator = (endpoint: string) =>
      z.fromJSONSchema({
        ...local(doc.paths[endpoint].get.responses['200'].content['application/json'].schema),
        $defs: defs,
      } as never)
    const check = async (endpoint: string, res: Response) => {
      expect(res.status, endpoint).toBe(200)
      const parsed = validator(endpoint).safeParse(await res.json())
      expect(parsed.success ? [] : parsed.error.issues.slice(0, 3), endpoint).toEqual([])
    }
    expect(Object.keys(recordEndpoints).every((e) => e in doc.paths)).toBe(true)
    const byCode = (code: string) => ({ params: Promise.resolve({ code }) })
    for (const code of [ids.oblast, ids.ao])
      await check('/api/v1/territories/{code}', await territoryApi(new Request(`http://test/x/${code}`), byCode(code)))
    // A seeded case study with a partnership, its projects, ledger and memoranda.
    const cs = await prisma.caseStudy.findFirstOrThrow({
      where: {
        publicationStatus: 'PUBLISHED',
        partnership: { agreements: { some: { publicationStatus: 'PUBLISHED' } } },
      },
      select: { slug: true },
    })
    await check(
      '/api/v1/case-studies/{id}',
      await caseStudyApi(new Request('http://test/x'), { params: Promise.resolve({ id: cs.slug }) }),
    )
    for (const code of [ids.oblast, ids.ao])
      await check(
        '/api/v1/memoranda',
        await memorandaApi(new NextRequest(`http://test/api/v1/memoranda?territory=${code}`)),
      )
    // Strict: a field the document does not name fails.
    expect(validator('/api/v1/territories/{code}').safeParse({ unexpected: true }).success).toBe(false)
  })
})

describe('npm run export:all', () => {
  it('writes CSV and JSON of every kind, the dictionary and the IATI XML, with no planted secret', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'export-all-'))
    try {
      const manifest = await writePublicDump(dir)
      const files = (await readdir(dir)).sort()
      for (const kind of [...recordKinds, 'dictionary'])
        expect(files).toEqual(expect.arrayContaining([`${kind}.csv`, `${kind}.json`]))
      expect(files).toContain('iati-activities.xml')
      expect(files).toContain('manifest.json')
      expect(manifest.iati.activities).toBeGreaterThan(0)
      let all = ''
      for (const file of files) all += await readFile(path.join(dir, file), 'utf8')
      expect(all).toContain(ids.visible)
      expect(leaks(all)).toEqual([])
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
