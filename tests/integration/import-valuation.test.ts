// The import's unit_value column (ADR 025): an in-kind line valued as quantity × value per unit gets the
// amount the form gives the same line (same columns, same conversion), a stated amount that differs is
// refused on its row with nothing written, the export carries the valuation back, and an amount that
// followed the valuation follows it on the next import.
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { accessThrough, type Actor } from '@/lib/auth/roles'
import { createContribution } from '@/lib/contributions/mutations'
import { CreateContributionInput } from '@/lib/contributions/schema'
import { exportOrganizationFiles } from '@/lib/import/export'
import { importFiles, type ImportFile } from '@/lib/import/run'
import { factories } from '../factories'
import { actorOf } from '../setup/actors'
import { connect, fingerprint } from '../setup/db'

const prisma = connect()
const f = factories(prisma)
afterAll(async () => {
  await prisma.$disconnect()
})

const csv = (rows: string[][]): ImportFile => ({
  name: 'contributions.csv',
  bytes: new TextEncoder().encode(
    rows.map((r) => r.map((c) => (c.includes(',') ? `"${c}"` : c)).join(',')).join('\r\n'),
  ),
})
const header = [
  'external_id',
  'project',
  'party_name',
  'party_type',
  'kind',
  'amount',
  'currency',
  'value_date',
  'valuation_basis',
  'quantity',
  'quantity_unit',
  'unit_value',
]
/** One labour line of the residents: the cells after `kind`, in the order of `header`. */
const labour = (id: string, cells: Partial<Record<(typeof header)[number], string>>) =>
  header.map(
    (h) =>
      ({
        external_id: id,
        project: projectId,
        party_name: 'Residents of Kok-Oy',
        party_type: 'COMMUNITY',
        kind: 'LABOUR',
        currency: 'KGS',
        value_date: '2024',
        valuation_basis: 'LOCAL_WAGE_RATE',
        ...cells,
      })[h] ?? '',
  )

let editor: Actor, ngoId: string, projectId: string
const acting = () => ({ organizationId: ngoId, actor: editor, access: accessThrough(editor, [ngoId], ['EDITOR']) })
const run = (rows: string[][], dryRun = false) =>
  importFiles(prisma, { ...acting(), files: [csv([header, ...rows])], dryRun })
const imported = async (externalId: string) => {
  const ext = await prisma.externalId.findFirstOrThrow({
    where: { organizationId: ngoId, kind: 'contributions', externalId },
  })
  return prisma.contribution.findUniqueOrThrow({ where: { id: ext.entityId } })
}

beforeAll(async () => {
  const ngo = await f.organization()
  ngoId = ngo.id
  editor = await actorOf(await f.user({ memberships: [{ organizationId: ngo.id, role: 'EDITOR' }] }))
  const project = await importFiles(prisma, {
    ...acting(),
    files: [
      {
        name: 'projects.csv',
        bytes: new TextEncoder().encode('external_id,title_en,start_date,end_date\r\npr-1,Pipes,2024,2024'),
      },
    ],
    dryRun: false,
  })
  expect(project.problems).toEqual([])
  projectId = (await prisma.project.findFirstOrThrow({ where: { ownerOrganizationId: ngoId } })).id
})

/** The columns a line's valuation decides, as stored. */
const figures = (c: Awaited<ReturnType<typeof imported>>) => ({
  amountMinor: c.amountMinor,
  currency: c.currency,
  unitValueMinor: c.unitValueMinor,
  quantityValue: c.quantityValue?.toString(),
  quantityUnit: c.quantityUnit,
  amountKgsMinor: c.amountKgsMinor,
  amountUsdMinor: c.amountUsdMinor,
  valueDate: c.valueDate,
  valueDatePrecision: c.valueDatePrecision,
  valuationBasis: c.valuationBasis,
})

describe('import: quantity × unit_value', () => {
  it('derives the amount the form derives for the same line, converted the same way', async () => {
    const result = await run([
      labour('v-1', { quantity: '12', quantity_unit: 'PERSON_DAY', unit_value: '500' }),
      labour('v-2', { quantity: '2.5', quantity_unit: 'hectares', unit_value: '1 333,33', amount: '3333.33' }),
    ])
    expect(result.problems).toEqual([])
    expect(result.counts).toEqual({ created: 2, updated: 0, unchanged: 0 })
    // A unit written loosely is stored as the form's code, shown in the reader's language.
    expect((await imported('v-2')).quantityUnit).toBe('HECTARE')
    const form = await createContribution(
      editor,
      projectId,
      CreateContributionInput.parse({
        partyForm: 'COMMUNITY',
        partyNameAsReported: 'Residents of Kok-Oy',
        kind: 'LABOUR',
        currency: 'KGS',
        valueDate: '2024',
        valuationBasis: 'LOCAL_WAGE_RATE',
        quantity: '12',
        quantityUnit: 'PERSON_DAY',
        unitValue: '500',
        submissionKey: randomUUID(),
      }),
    )
    const byForm = await prisma.contribution.findUniqueOrThrow({ where: { id: form.id } })
    const byImport = await imported('v-1')
    expect(figures(byImport)).toEqual(figures(byForm))
    expect(byImport.amountMinor).toBe(600_000n) // 12 person-days × 500 som = 6,000 som
    expect((await imported('v-2')).amountMinor).toBe(333_333n) // 2.5 × 1 333.33 = 3 333.325 → 3 333.33
  })

  it('refuses, on its row and with nothing written, an amount that is not the product, and what the form refuses', async () => {
    const before = await fingerprint(prisma)
    const result = await run([
      labour('w-1', { quantity: '12', quantity_unit: 'PERSON_DAY', unit_value: '500', amount: '6500' }),
      labour('w-2', { kind: 'CASH', amount: '100', unit_value: '500', valuation_basis: '' }),
      labour('w-3', { quantity_unit: 'PERSON_DAY', unit_value: '500' }),
      labour('w-4', { quantity: '12', unit_value: '500' }),
      labour('w-5', { quantity: '12', quantity_unit: 'PERSON_DAY', unit_value: '500', valuation_basis: '' }),
      labour('w-6', { quantity: '12', quantity_unit: 'PERSON_DAY', unit_value: '500', currency: '' }),
      labour('w-7', { quantity: '0', quantity_unit: 'PERSON_DAY', unit_value: '500' }),
    ])
    expect(result.ok).toBe(false)
    expect(result.problems.map((p) => [p.row, p.column, p.code, p.params])).toEqual([
      [
        2,
        'amount',
        'amountDisagreesWithValuation',
        { amount: '6500', quantity: '12', unitValue: '500', valued: '6000' },
      ],
      [3, 'unit_value', 'unitValueNotInKind', undefined],
      [4, 'quantity', 'required', undefined],
      [5, 'quantity_unit', 'required', undefined],
      [6, 'valuation_basis', 'valuationRequired', undefined],
      [7, 'currency', 'amountNeedsCurrency', undefined],
      [8, 'quantity', 'badQuantity', { value: '0' }],
    ])
    expect(await fingerprint(prisma)).toEqual(before)
  })

  it('exports the valuation, imports the export back unchanged, and lets the amount follow a new quantity', async () => {
    const files = await exportOrganizationFiles(prisma, ngoId, 'csv')
    const exported = new TextDecoder().decode(files.find((x) => x.name === 'contributions.csv')!.bytes)
    expect(exported.split('\r\n')[0]).toContain('unit_value')
    const again = await importFiles(prisma, { ...acting(), files, dryRun: false })
    expect(again.problems).toEqual([])
    expect(again.counts.created + again.counts.updated).toBe(0)

    // Blank amount: the stored amount followed the valuation, so it follows the new quantity.
    const more = await run([labour('v-1', { quantity: '15', valuation_basis: '', currency: '' })])
    expect(more.problems).toEqual([])
    expect(more.counts).toEqual({ created: 0, updated: 1, unchanged: 0 })
    const line = await imported('v-1')
    expect(line.amountMinor).toBe(750_000n)
    expect(line.amountKgsMinor).toBe(750_000n)
    // The old amount written back with the new quantity is a contradiction, said on the row.
    const stale = await run([labour('v-1', { quantity: '20', amount: '7500' })], true)
    expect(stale.problems).toMatchObject([{ row: 2, column: 'amount', code: 'amountDisagreesWithValuation' }])
    // Clearing the value per unit leaves a quantity without an amount (unknown, never 0 or a stale figure).
    const cleared = await run([labour('v-1', { unit_value: '#clear', valuation_basis: '#clear' })])
    expect(cleared.problems).toEqual([])
    expect(figures(await imported('v-1'))).toMatchObject({
      amountMinor: null,
      currency: null,
      unitValueMinor: null,
      amountKgsMinor: null,
      quantityValue: '15',
    })
  })
})
