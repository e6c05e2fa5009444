// Two language bugs of issue 13: a name typed in the Kyrgyz form was shown badged "EN", and the LSG's
// own line quoted an English name "as reported" that nobody had typed.
import { describe, expect, it } from 'vitest'
import { partyRef, reportedName } from '@/lib/public/dto'
import { pickLocalized } from '@/lib/i18n/localized'

const lsg = {
  slug: 'kenesh-ao',
  name: { ky: 'Кеңеш айыл өкмөтү', ru: 'Айыл окмоту Кенешского айылного аймака', en: 'Kenesh aiyl okmotu' },
  publicationStatus: 'PUBLISHED',
}

describe('a party name as reported', () => {
  it('is not quoted when it is only one of the organization’s own names (derived, not typed)', () => {
    expect(partyRef(lsg, 'Kenesh aiyl okmotu').asReported).toBeNull()
    expect(partyRef(lsg, 'кеңеш айыл өкмөтү ').asReported).toBeNull()
  })

  it('is kept when the source used its own words', () => {
    expect(partyRef(lsg, 'Kenesh village council deputies').asReported).toBe('Kenesh village council deputies')
    expect(partyRef(null, 'Айыл калкы').asReported).toBe('Айыл калкы')
  })

  it('typed in any language is shown as typed, with no language badge, in every language', () => {
    for (const locale of ['ky', 'ru', 'en'] as const) {
      expect(pickLocalized(reportedName('Айыл калкы'), locale)).toMatchObject({ text: 'Айыл калкы', isFallback: false })
    }
  })
})
