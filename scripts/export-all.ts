// The whole public registry as files (lib/export/dump.ts): `npm run export:all -- DIR` (README,
// "Open data"). Reads only what the public sees; safe to run at any time.
import { prisma } from '@/lib/db'
import { writePublicDump } from '@/lib/export/dump'

const dir = process.argv[2]
if (!dir) {
  console.error('usage: npm run export:all -- DIRECTORY')
  process.exit(2)
}
try {
  const m = await writePublicDump(dir)
  const rows = m.files.filter((f) => f.file.endsWith('.csv')).map((f) => `${f.file.replace(/\.csv$/, '')} ${f.rows}`)
  console.log(`[export:all] ${dir}: ${rows.join(', ')}; IATI ${m.iati.activities} activities`)
} catch (e) {
  console.error('[export:all] failed:', (e as Error).message)
  process.exitCode = 1
} finally {
  await prisma.$disconnect()
}
