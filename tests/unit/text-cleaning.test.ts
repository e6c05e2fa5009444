import { describe, expect, it } from 'vitest'
import { cleanText, email, localized, optionalEmail, optionalText, requiredText } from '@/lib/forms/fields'
import { SectionInput, sectionKinds } from '@/lib/case-studies/schema'

// Every text field goes through the shared builders, in the browser and on the server alike.
const bidi = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069']
const zeroWidth = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF']
const controls = ['\u0000', '\u0007', '\u001B', '\u007F', '\u0085', '\u009B']

describe('text fields drop invisible and control characters', () => {
  it('removes every bidi override and isolate, and every zero-width character', () => {
    for (const c of [...bidi, ...zeroWidth]) {
      expect(cleanText(`Ай${c}кол`), `U+${c.codePointAt(0)!.toString(16)}`).toBe('Айкол')
      expect(requiredText().parse(`a${c}b`)).toBe('ab')
    }
  })

  it('removes control characters; a single-line field turns line breaks and tabs into spaces', () => {
    for (const c of controls)
      expect(optionalText().parse(`x${c}y`), `U+${c.codePointAt(0)!.toString(16)}`).toMatch(/^x ?y$/)
    expect(requiredText().parse('Talas\r\nCity\tCouncil')).toBe('Talas City Council')
    expect(requiredText().parse('\u001B[31mred\u001B[0m')).toBe('[31mred[0m')
  })

  it('keeps line breaks (as \\n) and tabs in a multi-line field, and nothing else invisible', () => {
    const text = localized({ multiline: true }).parse({ en: 'One\r\nTwo\rThree\n\tFour\u2028Five\u202E\u0000' })
    expect(text).toEqual({ en: 'One\nTwo\nThree\n\tFour\nFive' })
    expect(localized().parse({ en: 'One\nTwo' })).toEqual({ en: 'One Two' })
  })

  it('treats a value of only invisible characters as empty', () => {
    expect(optionalText().parse('\u200B\u202E \u0000')).toBeUndefined()
    expect(requiredText().safeParse('\uFEFF').success).toBe(false)
    expect(optionalEmail().parse('\u200B')).toBeUndefined()
    expect(localized({ required: true }).safeParse({ en: '\u2066\u2069' }).success).toBe(false)
  })

  it('cleans e-mail addresses before checking them', () => {
    expect(email().parse(' Name\u200B@Example.org\u202E ')).toBe('name@example.org')
  })

  it('keeps letters of every script, emoji without joiners, and ordinary punctuation', () => {
    const s = 'Өнөктөштүк — «Манас 1000», café № 5 😀'
    expect(requiredText().parse(s)).toBe(s)
  })

  it('applies to the domain schemas: a case study section keeps its paragraphs, loses a hidden override', () => {
    const section = SectionInput.parse({
      kind: sectionKinds[0],
      body: { en: 'First.\r\n\r\nSecond \u202Egnp.exe', ru: 'Пер\u200Bвый' },
    })
    expect(section.body).toEqual({ en: 'First.\n\nSecond gnp.exe', ru: 'Первый' })
  })
})
