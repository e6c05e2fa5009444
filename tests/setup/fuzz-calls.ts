// The shape of a generated action call and the rows a fuzzing run wrote (issue 10, item 8): shared by
// the fuzzing through the actions in-process (tests/integration/fuzz-actions.test.ts) and over HTTP
// against the production build (tests/e2e/http-actions.spec.ts).
import fc from 'fast-check'
import type { PrismaClient } from '@/lib/generated/prisma/client'
import { foreignId, wrongType } from './fuzz-forms'
import { ROLES, type Role } from './matrix-world'

/** One generated call: whose, which bound arguments (one maybe forged), which form fields. */
export const callShape = fc.record({
  role: fc.oneof(
    { weight: 3, arbitrary: fc.constant<Role>('admin') },
    { weight: 2, arbitrary: fc.constantFrom(...ROLES) },
  ),
  forge: fc.option(
    fc.tuple(
      fc.nat(),
      fc.oneof(
        fc.constant(null).map(() => foreignId()),
        fc.constantFrom(
          { gt: 0 },
          { not: '' },
          -1,
          0,
          '1',
          1.5,
          'x'.repeat(300),
          '/manage/../../evil',
          'https://evil.example',
        ),
        wrongType,
      ),
    ),
    { freq: 5 },
  ),
  formSeed: fc.integer(),
})

/** Rows written since `startedAt`, with the parts they own, as the database holds them. */
export async function rowsWritten(prisma: PrismaClient, startedAt: Date) {
  const since = { gte: startedAt }
  const recent = { OR: [{ createdAt: since }, { updatedAt: since }] }
  const groups = {
    Partnership: await prisma.partnership.findMany({ where: recent, include: { parties: true, territories: true } }),
    Project: await prisma.project.findMany({ where: recent, include: { territories: true } }),
    Contribution: await prisma.contribution.findMany({ where: recent }),
    Outcome: await prisma.outcome.findMany({ where: recent }),
    Grant: await prisma.grant.findMany({ where: recent }),
    Programme: await prisma.programme.findMany({ where: recent, include: { parties: true, territories: true } }),
    Organization: await prisma.organization.findMany({ where: recent }),
    Agreement: await prisma.agreement.findMany({ where: recent, include: { parties: true, amendments: true } }),
    CaseStudy: await prisma.caseStudy.findMany({ where: recent, include: { sections: true } }),
    User: await prisma.user.findMany({ where: recent }),
    Invitation: await prisma.invitation.findMany({ where: { createdAt: since } }),
    Confirmation: await prisma.confirmation.findMany({ where: { decidedAt: since } }),
  }
  return Object.entries(groups).flatMap(([table, rows]) => rows.map((row) => ({ table, row })))
}
