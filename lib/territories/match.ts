// One matcher for place names, in any of the three languages and their common spellings: the importer
// resolves a cell with it, search puts a named place first with it. "Jalal-Abad", "Djalal-Abad",
// "Джалал-Абад" and "Жалал-Абад" are one key; "Ысык-Көл" and "Иссык-Куль" too. A name that fits
// several units is reported as ambiguous, never guessed; a parent (oblast or rayon) narrows it.
// Pure: no server imports, usable in the browser and in scripts.
import { transliterate } from '@/lib/slug'

/**
 * Words that say what kind of unit a name is, not which one: "Talas oblast", "Таласская область",
 * "Талас облусу", "Ak-Suu rayon", "Ак-Суйский район", "Kenesh aiyl aimak", "г. Токмок". Dropped before
 * matching, after the Russian adjective ending is taken off the word before them.
 */
const KIND_WORDS = [
  'oblast',
  'oblasty',
  'region',
  'province',
  'область',
  'облусу',
  'обл',
  'rayon',
  'raion',
  'district',
  'район',
  'району',
  'р-н',
  'aiyl',
  'ayil',
  'ayyl',
  'ail',
  'aiylnyi',
  'okmot',
  'okmotu',
  'okmoty',
  'aimak',
  'aimagy',
  'aymak',
  'айыл',
  'айылный',
  'аймак',
  'аймагы',
  'окмоту',
  'өкмөтү',
  'а/о',
  'а/а',
  'city',
  'town',
  'город',
  'г',
  'шаары',
  'шаар',
  'village',
  'село',
  'с',
  'municipality',
  'мэрия',
  'мэриясы',
  'local',
  'self-government',
  'government',
  'lsg',
]
const KIND = new Set(KIND_WORDS.map((w) => w.normalize('NFKC').toLowerCase()))

/** Russian adjective endings of place names ("Ак-Суйский", "Таласская", "Кара-Джалский"). */
const ADJECTIVE = /(ский|цкий|ская|цкая|ское|ской|ского|ском|ский)$/u

/** The matching key of a place name: script, hyphens, case, kind words and spelling variants folded away. */
export function placeKey(name: string): string {
  const words = name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .split(/[\s,.;:()«»"'’]+/u)
    .filter(Boolean)
  const kept = words.filter((w) => !KIND.has(w))
  return (kept.length ? kept : words).map((w) => fold(w.replace(ADJECTIVE, ''))).join('')
}

/** Latin skeleton: the letters that spellings of one name agree on. */
function fold(word: string): string {
  const latin = transliterate(word)
  return (
    latin
      .normalize('NFD')
      .replace(/\p{M}/gu, '') // ö ü → o u
      .replace(/[^a-z0-9]/g, '')
      .replace(/dzh|dj|zh/g, 'j')
      .replace(/kh/g, 'h')
      .replace(/ng/g, 'n') // Кеңеш / Kengesh / Kenesh
      .replace(/q/g, 'k')
      .replace(/[yi]+/g, 'i') // Ысык / Issyk / Yssyk
      .replace(/[ou]/g, 'u') // Көл / Kul / Kol
      .replace(/(.)\1+/g, '$1') // Иссык / Ысык, Kyzyl-Kiya / Kyzyl-Kyya
      // the Russian adjective stem keeps a vowel the name ends in: "Ак-Суйский" is Ак-Суу
      .replace(/ui$/, 'u')
  )
}

export type MatchableTerritory = {
  code: string
  level: number
  parentCode: string | null
  /** Names in any language (and aliases); empty ones are ignored. */
  names: (string | null | undefined)[]
}

export type PlaceMatch<T> = { kind: 'found'; territory: T } | { kind: 'ambiguous'; candidates: T[] } | { kind: 'none' }

/** An index of territories by code and by every name's key, built once and queried many times. */
export function placeIndex<T extends MatchableTerritory>(territories: readonly T[]) {
  const byCode = new Map<string, T>()
  const byKey = new Map<string, T[]>()
  for (const t of territories) {
    byCode.set(t.code.toUpperCase(), t)
    const keys = new Set(t.names.filter((n): n is string => !!n?.trim()).map(placeKey))
    for (const key of keys) {
      if (!key) continue
      const list = byKey.get(key) ?? []
      list.push(t)
      byKey.set(key, list)
    }
  }
  const ancestors = (t: T): string[] => {
    const out: string[] = []
    for (let p = t.parentCode; p; p = byCode.get(p.toUpperCase())?.parentCode ?? null) out.push(p.toUpperCase())
    return out
  }

  return {
    /**
     * A cell or a query: a code (exact, any case) or a name. `within` (a code) keeps the units below it;
     * `level` keeps one level. Several left over → ambiguous, with the candidates.
     */
    match(text: string, options: { within?: string | null; level?: number } = {}): PlaceMatch<T> {
      const trimmed = text.trim()
      if (!trimmed) return { kind: 'none' }
      const coded = byCode.get(trimmed.toUpperCase())
      if (coded) return { kind: 'found', territory: coded }
      const within = options.within?.toUpperCase()
      const candidates = (byKey.get(placeKey(trimmed)) ?? []).filter(
        (t) => (options.level === undefined || t.level === options.level) && (!within || ancestors(t).includes(within)),
      )
      if (candidates.length === 1) return { kind: 'found', territory: candidates[0] }
      if (candidates.length > 1) return { kind: 'ambiguous', candidates }
      return { kind: 'none' }
    },
    /** Every unit the text names, broadest first (for search: "Жалал-Абад" → the oblast, then the city). */
    all(text: string): T[] {
      const coded = byCode.get(text.trim().toUpperCase())
      if (coded) return [coded]
      return [...(byKey.get(placeKey(text)) ?? [])].sort((a, b) => a.level - b.level || a.code.localeCompare(b.code))
    },
  }
}
