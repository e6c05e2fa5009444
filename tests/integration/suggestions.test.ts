// "Suggest a correction" (issue 13, item 6): a reader's suggestion about a public record reaches the
// people of the organization that keeps it, and no one else; a draft record takes none; a robot's is
// ignored; one address is limited; only the keeping organization marks it handled.
import '../setup/mock-next-boundary'
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '@/lib/auth/roles'
import { idle } from '@/lib/forms/state'
import { createPartnership } from '@/lib/partnerships/mutations'
import { CreatePartnershipInput } from '@/lib/partnerships/schema'
import { markSuggestionHandled, suggestCorrection, suggestionRecipients } from '@/lib/suggestions/mutations'
import { listSuggestionsForActor } from '@/lib/suggestions/queries'
import { SuggestionInput } from '@/lib/suggestions/schema'
import { factories } from '../factories'
import { actorOf } from '../setup/actors'
import { connect } from '../setup/db'
import { expectAppError } from '../setup/expect-app-error'
import { actAs } from '../setup/next-boundary'
import { toFormData } from '../setup/forms'

const prisma = connect()
const f = factories(prisma)

let keeper: Actor, keeperViewer: Actor, partner: Actor, outsider: Actor, admin: Actor
let keeperOrg: { id: string }, partnerOrg: { id: string }
let publicSlug: string, draftSlug: string
const suggestionsOf = (organizationId: string) => prisma.correctionSuggestion.findMany({ where: { organizationId } })

beforeAll(async () => {
  keeperOrg = await f.organization()
  partnerOrg = await f.lsgBody('KG07232820000')
  const otherOrg = await f.organization()
  const member = (organizationId: string, role: 'EDITOR' | 'VIEWER' | 'OFFICIAL') => ({
    memberships: [{ organizationId, role }],
  })
  keeper = await actorOf(await f.user(member(keeperOrg.id, 'EDITOR')))
  keeperViewer = await actorOf(await f.user(member(keeperOrg.id, 'VIEWER')))
  partner = await actorOf(await f.user(member(partnerOrg.id, 'OFFICIAL')))
  outsider = await actorOf(await f.user(member(otherOrg.id, 'EDITOR')))
  admin = await actorOf(await f.user({ admin: true }))
  await f.user({ disabled: true, memberships: [{ organizationId: keeperOrg.id, role: 'EDITOR' }] })
  const partnership = async (status: 'DRAFT' | 'PUBLISHED') => {
    const { id } = await createPartnership(
      keeper,
      CreatePartnershipInput.parse({
        title: { en: `Suggestions ${status}` },
        sourceLocale: 'en',
        status: 'ACTIVE',
        parties: [{ organizationId: keeperOrg.id, isLead: 'on' }, { organizationId: partnerOrg.id }],
        submissionKey: randomUUID(),
      }),
    )
    return prisma.partnership.update({ where: { id }, data: { publicationStatus: status }, select: { slug: true } })
  }
  publicSlug = (await partnership('PUBLISHED')).slug
  draftSlug = (await partnership('DRAFT')).slug
})

afterAll(async () => {
  await f.cleanup()
  await prisma.$disconnect()
})

describe('suggest a correction', () => {
  it("reaches exactly the keeping organization's people, and no one else", async () => {
    const input = SuggestionInput.parse({
      message: 'The partnership began in 2004.',
      contactEmail: 'Reader@Example.org',
    })
    const saved = await suggestCorrection('partnership', publicSlug, input, 'ky')
    expect(saved?.organizationId).toBe(keeperOrg.id)

    const row = await prisma.correctionSuggestion.findUniqueOrThrow({ where: { id: saved!.id } })
    expect(row).toMatchObject({
      message: 'The partnership began in 2004.',
      contactEmail: 'reader@example.org',
      locale: 'ky',
    })

    for (const a of [keeper, keeperViewer])
      expect((await listSuggestionsForActor(a)).map((s) => s.id)).toContain(saved!.id)
    for (const a of [partner, outsider, admin])
      expect((await listSuggestionsForActor(a)).map((s) => s.id)).not.toContain(saved!.id)

    // The mail goes to the active accounts of the keeping organization only.
    expect((await suggestionRecipients(keeperOrg.id)).sort()).toEqual([keeper.email, keeperViewer.email].sort())
    expect(await suggestionRecipients(keeperOrg.id)).not.toContain(partner.email)
  })

  it('takes none for a record that is not public, and ignores a robot (the hidden field filled in)', async () => {
    const before = (await suggestionsOf(keeperOrg.id)).length
    await expectAppError(
      suggestCorrection('partnership', draftSlug, SuggestionInput.parse({ message: 'x' }), 'en'),
      'not_found',
    )
    await expectAppError(
      suggestCorrection('partnership', 'no-such-record', SuggestionInput.parse({ message: 'x' }), 'en'),
      'not_found',
    )
    const robot = SuggestionInput.parse({ message: 'Cheap pills', website: 'https://spam.example' })
    expect(await suggestCorrection('partnership', publicSlug, robot, 'en')).toBeNull()
    expect((await suggestionsOf(keeperOrg.id)).length).toBe(before)
  })

  it('refuses an empty or over-long message with the field named', () => {
    const empty = SuggestionInput.safeParse({ message: '   ' })
    expect(empty.success).toBe(false)
    expect(empty.error?.issues[0]).toMatchObject({ path: ['message'], message: 'required' })
    const long = SuggestionInput.safeParse({ message: 'a'.repeat(2001) })
    expect(long.error?.issues[0]).toMatchObject({ path: ['message'], message: 'tooLong' })
  })

  it('is marked handled by the keeping organization (or an administrator), by no one else', async () => {
    const { id } = (await suggestCorrection(
      'partnership',
      publicSlug,
      SuggestionInput.parse({ message: 'Typo' }),
      'en',
    ))!
    for (const a of [partner, outsider]) await expectAppError(markSuggestionHandled(a, id), 'not_found')
    expect((await prisma.correctionSuggestion.findUniqueOrThrow({ where: { id } })).handledAt).toBeNull()
    await markSuggestionHandled(keeperViewer, id)
    const row = await prisma.correctionSuggestion.findUniqueOrThrow({ where: { id } })
    expect(row.handledAt).not.toBeNull()
    expect(row.handledById).toBe(keeperViewer.userId)
  })

  it('through the action: anyone may send, a few an hour from one address', async () => {
    process.env.RATE_LIMIT_SUGGESTIONS_PER_HOUR = '2'
    const { suggestCorrectionAction } = await import('@/lib/suggestions/actions')
    actAs(null)
    const send = () =>
      suggestCorrectionAction('partnership', publicSlug, idle, toFormData({ message: 'Please check the dates.' }))
    const before = (await suggestionsOf(keeperOrg.id)).length
    expect((await send()).status).toBe('saved')
    expect((await send()).status).toBe('saved')
    const third = await send()
    expect(third).toMatchObject({ status: 'error', formError: 'tooManyRequests' })
    expect((await suggestionsOf(keeperOrg.id)).length).toBe(before + 2)
    // A forged bound argument ends before anything runs.
    expect(
      await suggestCorrectionAction('secret' as 'place', publicSlug, idle, toFormData({ message: 'x' })),
    ).toMatchObject({
      formError: 'notFound',
    })
  })
})
