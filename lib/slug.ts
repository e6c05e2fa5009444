import { slugify } from '@/lib/text'

// Russian and Kyrgyz Cyrillic → Latin for URL segments (close to the usual passport transliteration).
const map: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  ң: 'ng',
  о: 'o',
  ө: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ү: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'iu',
  я: 'ia',
}

export function transliterate(text: string): string {
  return [...text.toLowerCase()].map((c) => map[c] ?? c).join('')
}

/**
 * URL segment of a new record: its name (English, else transliterated) plus the end of its id, so two
 * records with the same name never collide and a slug never needs a lookup.
 */
export function recordSlug(name: Partial<Record<'ky' | 'ru' | 'en', string>>, id: string): string {
  const base = slugify(name.en ?? transliterate(name.ru ?? name.ky ?? ''))
    .slice(0, 60)
    .replace(/-+$/, '')
  return `${base || 'record'}-${id.slice(-6)}`
}
