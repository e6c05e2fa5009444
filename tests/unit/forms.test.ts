import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { amount, localized, optionalPartialDate, optionalPercent, requiredText } from '@/lib/forms/fields'
import { fieldErrorsOf, formDataToObject, formValues } from '@/lib/forms/parse'
import { safeNextPath } from '@/lib/auth/next-path'

const fd = (entries: [string, string][]) => entries as Iterable<[string, FormDataEntryValue]>

describe('form data → input', () => {
  it('builds nested objects and lists from field names, dropping removed rows and Next internals', () => {
    const obj = formDataToObject(
      fd([
        ['title.en', 'Water'],
        ['title.ky', 'Суу'],
        ['parties.0.organizationId', 'a'],
        ['parties.2.organizationId', 'c'],
        ['parties.2.role.ru', 'лидер'],
        ['territoryIds[]', 't1'],
        ['territoryIds[]', 't2'],
        ['$ACTION_ID_abc', ''],
      ]),
    )
    expect(obj).toEqual({
      title: { en: 'Water', ky: 'Суу' },
      parties: [{ organizationId: 'a' }, { organizationId: 'c', role: { ru: 'лидер' } }],
      territoryIds: ['t1', 't2'],
    })
  })

  it('never writes to prototypes', () => {
    const obj = formDataToObject(
      fd([
        ['__proto__.polluted', 'yes'],
        ['constructor.prototype.x', 'y'],
      ]),
    )
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.keys(obj)).toEqual([])
  })

  it('keeps the values as typed, lists as arrays', () => {
    expect(
      formValues(
        fd([
          ['a', '1'],
          ['b[]', 'x'],
          ['b[]', 'y'],
        ]),
      ),
    ).toEqual({ a: '1', 'b[]': ['x', 'y'] })
  })
})

describe('field schemas', () => {
  const Input = z.object({
    title: localized({ required: true }),
    name: requiredText(5),
    amount: amount(),
    start: optionalPartialDate(),
    share: optionalPercent(),
  })

  it('report every error at once, by field, as message keys', () => {
    const r = Input.safeParse({
      title: { en: '  ' },
      name: 'far too long',
      amount: '-5',
      start: '2024-13',
      share: '140',
    })
    expect(r.success).toBe(false)
    expect(fieldErrorsOf(r.error!)).toEqual({
      title: ['requiredOneLanguage'],
      name: ['tooLong'],
      amount: ['amountNegative'],
      start: ['invalidDate'],
      share: ['shareInvalid'],
    })
  })

  it('read amounts as people type them, in minor units, and refuse absurd ones', () => {
    const a = amount()
    expect(a.parse('1 500 000')).toBe(150000000n)
    expect(a.parse('2264,8')).toBe(226480n)
    expect(a.parse('10000000000')).toBe(1000000000000n)
    for (const [text, key] of [
      ['10000000000.01', 'amountTooLarge'],
      ['99999999999999999999', 'amountTooLarge'],
      ['1.234', 'amountInvalid'],
      ['1e6', 'amountInvalid'],
      ['abc', 'amountInvalid'],
      ['-1', 'amountNegative'],
      ['', 'required'],
    ])
      expect(fieldErrorsOf(z.object({ a }).safeParse({ a: text }).error!), text).toEqual({ a: [key] })
  })

  it('read partial dates and percentages', () => {
    expect(optionalPartialDate().parse('2004')).toEqual({ date: new Date(Date.UTC(2004, 0, 1)), precision: 'YEAR' })
    expect(optionalPartialDate().parse('2004-11-05')?.precision).toBe('DAY')
    expect(optionalPartialDate().parse('')).toBeUndefined()
    expect(optionalPercent().parse('40')).toBe('0.400000')
    expect(optionalPercent().parse('12,5 %')).toBe('0.125000')
  })
})

describe('where a sign-in may lead', () => {
  it('only to our manage pages', () => {
    expect(safeNextPath('/manage/partnerships/abc', 'ky')).toBe('/ky/manage/partnerships/abc')
    for (const bad of [
      '//evil.example',
      'https://evil.example',
      '/manage//evil.example',
      '/en/other',
      undefined,
      '/manage\\x',
    ])
      expect(safeNextPath(bad, 'ru'), String(bad)).toBe('/ru/manage')
  })
})
