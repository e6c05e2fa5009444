// The importer from the command line, for administrators (docs/IMPORT.md):
//   npm run import -- FILE... [--dry-run] --as <user e-mail | organization slug or id> [--org <organization>]
// As a user: with their rights, for their organization (--org when they act for several). As an
// organization: an administrator's import for it (audited as an admin write without a user).
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { adminAccess } from '@/lib/auth/roles'
import { loadActor } from '@/lib/auth/load-actor'
import { prisma } from '@/lib/db'
import { formatProblems, importFiles, type Acting } from '@/lib/import/run'
import { noteMessage } from '@/lib/import/problems'
import { ownerForNewRecord } from '@/lib/manage/owner'

const args = process.argv.slice(2)
const flag = (name: string) => {
  const i = args.indexOf(name)
  if (i < 0) return undefined
  const value = args[i + 1]
  args.splice(i, 2)
  return value
}
const as = flag('--as')
const org = flag('--org')
const dryRun = args.includes('--dry-run')
const paths = args.filter((a) => a !== '--dry-run')
if (!as || !paths.length) {
  console.error(
    'usage: npm run import -- FILE... [--dry-run] --as <user e-mail | organization slug or id> [--org <organization>]',
  )
  process.exit(2)
}

async function acting(): Promise<Acting> {
  if (as!.includes('@')) {
    const user = await prisma.user.findUnique({ where: { email: as!.toLowerCase() } })
    const actor = user && (await loadActor(user.id, user.sessionVersion))
    if (!actor) throw new Error(`no active user ${as}`)
    const requested = org ? (await findOrganization(org)).id : undefined
    const { ownerOrganizationId, access } = ownerForNewRecord(actor, requested, 'organizationId')
    return { organizationId: ownerOrganizationId, actor, access }
  }
  return { organizationId: (await findOrganization(as!)).id, actor: null, access: adminAccess }
}

async function findOrganization(key: string) {
  const o = await prisma.organization.findFirst({ where: { OR: [{ id: key }, { slug: key }] }, select: { id: true } })
  if (!o) throw new Error(`no organization ${key}`)
  return o
}

try {
  const files = await Promise.all(
    paths.map(async (p) => ({ name: path.basename(p), bytes: new Uint8Array(await readFile(p)) })),
  )
  const started = performance.now()
  const result = await importFiles(prisma, { ...(await acting()), files, dryRun })
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  for (const n of result.notes) console.log(noteMessage(n, 'en'))
  if (result.problems.length) {
    console.error(formatProblems(result.problems, 'en'))
    console.error(`${result.problems.length} problem(s); nothing was written (${seconds} s)`)
    process.exitCode = 1
  } else {
    const c = result.counts
    console.log(
      `${dryRun ? 'dry run: would create' : 'imported: created'} ${c.created}, updated ${c.updated}, unchanged ${c.unchanged} ` +
        `(${result.rowCount} rows, SHA-256 ${result.sha256}, ${seconds} s)`,
    )
  }
} finally {
  await prisma.$disconnect()
}
