// Looks for planted secrets in a response body (HTML, an RSC payload, JSON, CSV). Numbers are matched
// whatever their formatting: thousands separators of any locale ("987 654 321", "987,654,321",
// "987654321.00", Unicode escapes of no-break spaces in RSC payloads) are removed between digits first.

export type Secret =
  /** A marker string (matched case-insensitively, after undoing HTML and JSON escapes). */
  | { label: string; text: string }
  /** A number, as its digits (at least 7, so that no ordinary figure matches by chance). */
  | { label: string; digits: string }
  /** Anything else, e.g. a share written "77.7 %", "77,7%" or "0.777". */
  | { label: string; pattern: RegExp }

/** The body as text a reader could see: entities and escapes undone, separators between digits gone. */
export function normalize(body: string): string {
  return body
    .replace(/\\u([0-9a-fA-F]{4})/g, (_, h) => String.fromCharCode(parseInt(h, 16)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCharCode(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d) => String.fromCharCode(Number(d)))
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
}

const digitsOnly = (s: string) => s.replace(/(?<=\d)[\s\u00a0\u202f\u2009,.'’](?=\d)/g, '')

/** The labels of the secrets found in `body` (empty: nothing leaked). */
export function findSecrets(body: string, secrets: readonly Secret[]): string[] {
  const text = normalize(body)
  const lower = text.toLowerCase()
  const digits = digitsOnly(text)
  return secrets.flatMap((s) => {
    if ('text' in s) return lower.includes(s.text.toLowerCase()) ? [s.label] : []
    if ('digits' in s) {
      if (s.digits.length < 7) throw new Error(`a numeric secret needs at least 7 digits: ${s.label}`)
      return digits.includes(s.digits) ? [s.label] : []
    }
    return s.pattern.test(text) ? [s.label] : []
  })
}
