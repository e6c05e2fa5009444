// Reminders for officials (lib/reminders/run.ts): `npm run reminders`, once a day from cron (README,
// "Reminders"). Safe to run again: nothing is created or mailed twice.
import { runReminders } from '@/lib/reminders/run'
import { prisma } from '@/lib/db'

try {
  const run = await runReminders()
  console.log(`[reminders] ${run.created} new notifications; ${run.mailed} mailed in ${run.mails} mails`)
} catch (e) {
  console.error('[reminders] failed:', (e as Error).message)
  process.exitCode = 1
} finally {
  await prisma.$disconnect()
}
