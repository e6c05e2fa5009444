// The OpenAPI 3.1 document of /api/v1, generated from the zod schemas the endpoints answer with
// (./schemas.ts) and parse their queries with (lib/export/load.ts, ./respond.ts) — zod 4's
// z.toJSONSchema, whose JSON Schema 2020-12 is OpenAPI 3.1's own dialect. Served at
// /api/v1/openapi.json and read by the docs page /[locale]/api-docs.
import { z } from 'zod'
import { RecordFilters } from '@/lib/export/filters'
import { exportFormats, recordKinds } from '@/lib/export/tables'
import { themes } from '@/lib/themes'
import { Paging } from './respond'
import * as S from './schemas'

type Parameter = { name: string; in: 'query' | 'path'; required?: boolean; description: string; schema: unknown }

const json = (schema: z.ZodType) => {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { io: 'input' }) as Record<string, unknown>
  return rest
}
const query = (name: string, schema: z.ZodType, description: string): Parameter => ({
  name,
  in: 'query',
  description,
  schema: json(schema),
})
const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` })

const f = RecordFilters.shape
const p = Paging.shape
export const parameters = {
  territory: query('territory', f.territory.unwrap(), 'A territory code: records with a place in its subtree.'),
  organization: query('organization', f.organization.unwrap(), 'An organization slug: records it takes part in.'),
  programme: query('programme', f.programme.unwrap(), 'A programme slug: its projects.'),
  theme: query('theme', z.enum(themes), 'A theme code.'),
  kind: query('kind', f.kind.unwrap(), 'A kind of organization.'),
  level: query('level', f.level.unwrap(), '1 oblast, 2 rayon or city, 3 aiyl okmot or town.'),
  page: query('page', p.page, 'Page number, from 1.'),
  perPage: query('perPage', p.perPage, 'Rows per page, at most 500.'),
}
const paged = [parameters.page, parameters.perPage]

const errors = {
  '400': { description: 'A malformed filter or page.', content: { 'application/json': { schema: ref('Error') } } },
  '404': {
    description: 'A filter names no public territory, organization or programme.',
    content: { 'application/json': { schema: ref('Error') } },
  },
}
const pageHeaders = {
  Link: { description: 'RFC 8288 links to the first, previous, next and last pages.', schema: { type: 'string' } },
  'X-Total-Count': { description: 'How many rows all pages hold.', schema: { type: 'integer' } },
}

/** A list endpoint: a bare JSON array of one schema, paged through the Link header. */
function list(summary: string, item: string, filters: Parameter[]) {
  return {
    get: {
      summary,
      parameters: [...filters, ...paged],
      responses: {
        '200': {
          description: `A page of ${item} records, as a JSON array.`,
          headers: pageHeaders,
          content: { 'application/json': { schema: { type: 'array', items: ref(item) } } },
        },
        ...errors,
      },
    },
  }
}

/** A record endpoint: one JSON object of a schema, found by a path parameter. */
function record(summary: string, item: string, param: Parameter, notFound: string) {
  return {
    get: {
      summary,
      parameters: [param],
      responses: {
        '200': { description: `One ${item} record.`, content: { 'application/json': { schema: ref(item) } } },
        '404': { description: notFound, content: { 'application/json': { schema: ref('Error') } } },
      },
    },
  }
}
const path = (name: string, schema: z.ZodType, description: string): Parameter => ({
  name,
  in: 'path',
  required: true,
  description,
  schema: json(schema),
})

/** The record endpoints with the schema of their answer: the test checks real answers against it too. */
export const recordEndpoints = {
  '/api/v1/territories/{code}': 'TerritoryDetail',
  '/api/v1/case-studies/{id}': 'CaseStudy',
} as const

/** The list endpoints with the schema of their rows: the test checks each real answer against it. */
export const listEndpoints = {
  '/api/v1/projects': 'Project',
  '/api/v1/organizations': 'Organization',
  '/api/v1/partnerships': 'Partnership',
  '/api/v1/programmes': 'Programme',
  '/api/v1/case-studies': 'ListedCaseStudy',
} as const

export function openApiDocument(origin: string) {
  const { territory, organization, programme, theme, kind, level } = parameters
  const generated = z.toJSONSchema(z.globalRegistry, { uri: (id) => `#/components/schemas/${id}` }).schemas
  // A component is named by its key; the generator's own $schema and $id would only repeat that.
  const components = Object.fromEntries(
    Object.entries(generated).map(([id, { $schema: _s, $id: _i, ...schema }]) => [id, schema]),
  )
  return {
    openapi: '3.1.0',
    info: {
      title: 'Partnership Registry API',
      version: '1',
      description:
        'Read-only public data of the registry of partnerships between civil-society organizations and local ' +
        'self-governments of Kyrgyzstan. Only published records; an amount its organization withholds, or one ' +
        'nobody stated, is null — never 0. Text comes in Kyrgyz (ky), Russian (ru) and English (en).',
    },
    servers: [{ url: origin }],
    paths: {
      '/api/v1/projects': list('Public projects with their ledger lines, outcomes and grants', 'Project', [
        territory,
        organization,
        programme,
      ]),
      '/api/v1/organizations': list('Published organizations', 'Organization', [territory, kind]),
      '/api/v1/partnerships': list('Published partnerships', 'Partnership', [territory, organization, theme]),
      '/api/v1/programmes': list('Published donor programmes', 'Programme', [territory, organization, theme]),
      '/api/v1/case-studies': list('Published case studies', 'ListedCaseStudy', [
        territory,
        theme,
        query('partyType', S.Partnership.shape.parties.element.shape.partyType, 'A party type among the partners.'),
        query('donor', f.organization.unwrap(), 'A donor organization slug.'),
        query('from', z.number().int(), 'First year.'),
        query('to', z.number().int(), 'Last year.'),
        query('q', z.string().max(200), 'Search text.'),
      ]),
      '/api/v1/territories': {
        get: {
          summary: 'The territories of one level, by code',
          parameters: [{ ...level, required: true }],
          responses: {
            '200': {
              description: 'Every territory of the level.',
              content: { 'application/json': { schema: { type: 'array', items: ref('Territory') } } },
            },
            '400': errors['400'],
          },
        },
      },
      '/api/v1/territories/{code}': record(
        'One territory with its children, the public records in its subtree and their cost-share',
        'TerritoryDetail',
        path('code', f.territory.unwrap(), 'A territory code.'),
        'No territory with that code.',
      ),
      '/api/v1/case-studies/{id}': record(
        'One published case study, whole',
        'CaseStudy',
        path('id', z.string().min(1), 'The id or the slug of the case study.'),
        'No published case study with that id or slug.',
      ),
      '/api/v1/memoranda': {
        get: {
          summary: 'The public memoranda of a place, oldest signature first',
          parameters: [
            { ...territory, required: true },
            query('confirmed', z.enum(['1']), '1: only those every local government named in them has confirmed.'),
          ],
          responses: {
            '200': {
              description: 'The memoranda of a partnership placed in the subtree, or with a party based there.',
              content: { 'application/json': { schema: { type: 'array', items: ref('Memorandum') } } },
            },
            '400': { description: 'No territory code.', content: { 'application/json': { schema: ref('Error') } } },
            '404': {
              description: 'No territory with that code.',
              content: { 'application/json': { schema: ref('Error') } },
            },
          },
        },
      },
      '/api/v1/exports/{kind}': {
        get: {
          summary: 'Download the public records of one kind under a filter, with their data dictionary',
          parameters: [
            {
              name: 'kind',
              in: 'path',
              required: true,
              description: '`dictionary` is the data dictionary of every kind.',
              schema: json(z.enum([...recordKinds, 'dictionary'])),
            },
            query('format', z.enum(exportFormats), 'csv (default), xlsx, json, or hxl (CSV with HXL tags).'),
            territory,
            organization,
            programme,
            theme,
            kind,
            level,
          ],
          responses: {
            '200': {
              description: 'A file: CSV (RFC 4180, UTF-8 with BOM), XLSX, or JSON {kind, columns, rows}.',
              content: {
                'text/csv': { schema: { type: 'string' } },
                'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
                  schema: { type: 'string', contentMediaType: 'application/octet-stream' },
                },
                'application/json': { schema: { type: 'object' } },
              },
            },
            ...errors,
          },
        },
      },
      '/api/v1/iati': {
        get: {
          summary: 'IATI 2.03 activity XML of the public projects',
          parameters: [territory, organization, programme],
          responses: {
            '200': { description: 'IATI activities.', content: { 'application/xml': { schema: { type: 'string' } } } },
            ...errors,
          },
        },
      },
    },
    components: { schemas: components },
  }
}
