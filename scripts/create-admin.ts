// The first admin (there is no self-registration): creates an admin account without a password and
// prints a one-time link to set it. Usage: npm run user:admin -- someone@example.org "Their Name"
// With an e-mail that already has an account, that account becomes admin and gets a fresh link.
import { PrismaPg } from '@prisma/adapter-pg'
import { PrismaClient } from '@/lib/generated/prisma/client'
import { newToken, RESET_TTL_MS } from '@/lib/auth/tokens'

const [emailArg, ...nameParts] = process.argv.slice(2)
const email = emailArg?.trim().toLowerCase()
if (!email || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) {
  console.error('usage: npm run user:admin -- <email> [name]')
  process.exit(2)
}
const name = nameParts.join(' ').trim() || email.split('@')[0]
const base = (process.env.APP_URL ?? 'http://localhost:3000').replace(/\/$/, '')

const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL!, max: 1 }) })
try {
  const { token, hash } = newToken()
  await prisma.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email } })
    const user = existing
      ? await tx.user.update({ where: { id: existing.id }, data: { globalRole: 'ADMIN', disabledAt: null } })
      : await tx.user.create({ data: { email, name, globalRole: 'ADMIN' } })
    await tx.passwordResetToken.create({
      data: { userId: user.id, tokenHash: hash, expiresAt: new Date(Date.now() + RESET_TTL_MS) },
    })
    await tx.auditEvent.create({
      data: {
        actorRole: 'system',
        entity: 'User',
        entityId: user.id,
        action: existing ? 'UPDATE' : 'CREATE',
        before: existing ? { globalRole: existing.globalRole, disabledAt: existing.disabledAt } : undefined,
        after: { email, name: user.name, globalRole: 'ADMIN', disabledAt: null },
      },
    })
  })
  console.log(`Admin ${email}: set the password within 24 hours at\n  ${base}/ru/reset-password/${token}`)
} finally {
  await prisma.$disconnect()
}
