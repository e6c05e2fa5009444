// Every column of the schema that holds an organization's id is handled by the merge
// (lib/organizations/merge/relations.ts): a new relation to Organization, or a new plain
// `…organizationId` column, fails here until the merge moves it (or says why it does not).
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { notMoved, organizationReferences } from '@/lib/organizations/merge/relations'

const schema = readFileSync(path.join(process.cwd(), 'prisma/schema.prisma'), 'utf8')
const models = [...schema.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)].map((m) => ({ name: m[1], body: m[2] }))

/** model.column of every foreign key to Organization. */
const foreignKeys = models.flatMap(({ name, body }) =>
  [...body.matchAll(/^\s*\w+\s+Organization\??\s+@relation\([^)]*fields:\s*\[(\w+)\]/gm)].map((m) => `${name}.${m[1]}`),
)
/** model.column of every other column named like an organization id. */
const idColumns = models.flatMap(({ name, body }) =>
  [...body.matchAll(/^\s*(\w*[oO]rganizationId)\s+String/gm)].map((m) => `${name}.${m[1]}`),
)

describe('organization merge: the references it moves', () => {
  const handled = new Set(organizationReferences.map((r) => `${r.table}.${r.column}`))
  const skipped = (key: string) => (notMoved as readonly string[]).includes(key.split('.')[0])

  it('finds the relations in the schema (the parser works)', () => {
    expect(foreignKeys).toContain('Grant.funderId')
    expect(foreignKeys).toContain('Membership.organizationId')
    expect(foreignKeys.length).toBeGreaterThan(20)
  })

  it('moves every foreign key to Organization', () => {
    expect(foreignKeys.filter((k) => !handled.has(k) && !skipped(k))).toEqual([])
  })

  it('moves or explains every plain organization-id column', () => {
    expect(idColumns.filter((k) => !handled.has(k) && !skipped(k))).toEqual([])
  })

  it('names only columns that exist', () => {
    const columns = new Set(
      models.flatMap(({ name, body }) => [...body.matchAll(/^\s*(\w+)\s+\w/gm)].map((m) => `${name}.${m[1]}`)),
    )
    expect([...handled].filter((k) => !columns.has(k))).toEqual([])
    for (const r of organizationReferences)
      for (const c of [...r.key, ...(r.sameAs ?? [])])
        expect(columns.has(`${r.table}.${c}`), `${r.table}.${c}`).toBe(true)
  })
})
