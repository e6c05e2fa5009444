// Every public surface reads through lib/public (docs/decisions/008-money-by-place.md): public pages,
// the JSON API and the components that render public records may not reach the database, the Prisma
// client or any manage-side query or mutation directly, so nothing can walk around the boundary.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const roots = [
  'app/[locale]/(public)',
  'app/api/v1',
  'components/atlas',
  'components/records',
  'components/map',
  'components/charts',
  'lib/export',
  'lib/api',
  // What the preview images draw (docs/decisions/022-sharing-previews.md).
  'lib/og',
]
const forbidden = [
  /^@\/lib\/db$/,
  /^@\/lib\/generated\/prisma\/client$/,
  /^@\/lib\/(?!public\/)[^/]+\/(queries|manage-queries|mutations|party-queries)$/,
]

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name)
    return e.isDirectory() ? files(p) : /\.tsx?$/.test(e.name) ? [p] : []
  })
}

describe('the public boundary', () => {
  const all = roots.flatMap(files)
  it('has files to check', () => expect(all.length).toBeGreaterThan(20))
  it.each(all)('%s reads only through lib/public', (file) => {
    const imports = [...readFileSync(file, 'utf8').matchAll(/from\s+'([^']+)'/g)].map((m) => m[1])
    expect(imports.filter((i) => forbidden.some((f) => f.test(i)))).toEqual([])
  })
})
