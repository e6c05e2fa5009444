// The seed on an empty database of its own: loads everything, a second run changes nothing, and
// invalid data files are refused with nothing written.
import { cpSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PrismaClient } from '@/lib/generated/prisma/client'
import { DATA_DIR } from '@/prisma/seed/load'
import { runSeed } from '@/prisma/seed/run'
import { connect, fingerprint } from '../setup/db'
import { run } from '../setup/processes'
import { createScratchDatabase, type ScratchDatabase } from '../setup/scratch-db'

let scratch: ScratchDatabase
let prisma: PrismaClient
const logs: string[] = []
const log = (line: string) => void logs.push(line)

beforeAll(async () => {
  scratch = await createScratchDatabase()
  const migrated = await run('prisma', ['migrate', 'deploy'], { DATABASE_URL: scratch.url })
  expect(migrated.code, migrated.output).toBe(0)
  prisma = connect(scratch.url)
})
afterAll(async () => {
  await prisma?.$disconnect()
  await scratch?.drop()
})

describe('seed', () => {
  it('with SEED_CASEBOOK=0 loads only territories, LSG bodies and rates', async () => {
    expect(await runSeed(prisma, { withCasebook: false, log })).toBe(0)
    expect(await prisma.territory.count()).toBe(532)
    expect(await prisma.territoryBoundary.count()).toBe(62)
    expect(await prisma.organization.count({ where: { externalKey: { startsWith: 'lsg:' } } })).toBe(
      await prisma.territory.count({
        where: { kind: { in: ['AIYL_OKMOT', 'TOWN', 'OBLAST_CITY', 'REPUBLICAN_CITY'] } },
      }),
    )
    expect(await prisma.caseStudy.count()).toBe(0)
    expect(await prisma.exchangeRate.count()).toBeGreaterThan(20)
    expect(await prisma.usdExchangeRate.count({ where: { currency: 'EUR' } })).toBe(26) // 1999–2024
  })

  it('--if-empty leaves a database that holds data alone', async () => {
    const before = await fingerprint(prisma)
    expect(await runSeed(prisma, { ifEmpty: true, log })).toBe(0)
    expect(await fingerprint(prisma)).toEqual(before)
    expect(logs.at(-1)).toContain('already holds data')
  })

  it('adds the casebook to reference data already there, with an audit trail', async () => {
    expect(await runSeed(prisma, { log })).toBe(0)
    expect(await prisma.caseStudy.count()).toBe(25)
    expect(await prisma.partnership.count()).toBe(25)
    expect(await prisma.auditEvent.count({ where: { entity: 'CaseStudy', action: 'CREATE', actorRole: 'seed' } })).toBe(
      25,
    )
    expect(logs.join('\n')).toContain('places resolved only to a rayon or oblast')
  })

  it('run twice gives the same database', async () => {
    const first = await fingerprint(prisma)
    expect(await runSeed(prisma, { log })).toBe(0)
    expect(logs.at(-3) ?? logs.join('\n')).toMatch(/nothing changed|places resolved/)
    expect(await fingerprint(prisma)).toEqual(first)
  })

  it('puts back a seeded value that was changed, and audits the update', async () => {
    const row = await prisma.contribution.findFirstOrThrow({
      where: { partyNameAsReported: 'Deputies of the Talas City Council' },
    })
    await prisma.contribution.update({ where: { id: row.id }, data: { amountMinor: 1n } })
    expect(await runSeed(prisma, { log })).toBe(0)
    const after = await prisma.contribution.findUniqueOrThrow({ where: { id: row.id } })
    expect(after.amountMinor).toBe(600000n)
    expect(after.version).toBe(row.version + 1)
    expect(await prisma.auditEvent.count({ where: { entityId: row.id, action: 'UPDATE' } })).toBe(1)
  })

  it('refuses malformed data files and leaves the database as it was', async () => {
    const before = await fingerprint(prisma)
    const dir = mkdtempSync(path.join(os.tmpdir(), 'seed-data-'))
    try {
      cpSync(DATA_DIR, dir, { recursive: true })
      const bad = [
        ['casebook/casebook.json', '[{"id": "broken"'],
        [
          'geo/admin-units.csv',
          readFileSync(path.join(DATA_DIR, 'geo/admin-units.csv'), 'utf8').replace('KG-T,1,', 'KG-T,7,'),
        ],
        [
          'crosswalk/party-aliases.csv',
          'case_id,name_as_written,target,note\nmanas-1000-talas-city,Jolchu JSC,org:jolchu,\n',
        ],
      ]
      for (const [file, text] of bad) {
        const original = readFileSync(path.join(DATA_DIR, file), 'utf8')
        writeFileSync(path.join(dir, file), text)
        logs.length = 0
        expect(await runSeed(prisma, { dataDir: dir, log }), file).toBe(1)
        expect(logs.join('\n'), file).toContain('nothing was written')
        expect(logs.join('\n'), file).toContain(path.basename(file))
        writeFileSync(path.join(dir, file), original)
      }
      expect(await fingerprint(prisma)).toEqual(before)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
