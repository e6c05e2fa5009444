// What a reference cell names: an organization (by external id, registry id, slug, TIN or exact name),
// a place (by code or name, through the one matcher lib/territories/match.ts) or a record of the file or
// of the importing organization. Several candidates are reported, never guessed.
import { placeIndex } from '@/lib/territories/match'
import type { ProblemCode } from './problems'
import type { Db } from './records'

export type Resolved =
  { ok: true; id: string } | { ok: false; code: ProblemCode; params: Record<string, string | number> }

/** Lower case, one space, quotes and «» dropped: the key of an organization's exact name. */
export const nameKey = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[«»"“”„'’`]/g, '')
    .replace(/\s+/g, ' ')
    .trim()

export type OrgInfo = { id: string; kind: string; name: Record<string, string>; sourceLocale: string; label: string }

/**
 * Organizations an import may name: published ones and the importing organization's own (drafts of
 * other organizations are never found, so an import cannot learn they exist).
 */
export async function organizationResolver(db: Db, organizationId: string) {
  const rows = await db.organization.findMany({
    where: {
      OR: [{ publicationStatus: 'PUBLISHED' }, { ownerOrganizationId: organizationId }, { id: organizationId }],
    },
    select: {
      id: true,
      slug: true,
      tin: true,
      kind: true,
      name: true,
      sourceLocale: true,
      aliases: { select: { name: true } },
    },
  })
  const info = new Map<string, OrgInfo>()
  const byId = new Map<string, string>()
  const bySlug = new Map<string, string>()
  const byTin = new Map<string, string>()
  const byName = new Map<string, Set<string>>()
  const addName = (key: string, id: string) => {
    if (!key) return
    const set = byName.get(key) ?? new Set()
    set.add(id)
    byName.set(key, set)
  }
  for (const o of rows) {
    const name = (o.name ?? {}) as Record<string, string>
    info.set(o.id, {
      id: o.id,
      kind: o.kind,
      name,
      sourceLocale: o.sourceLocale,
      label: name[o.sourceLocale] ?? name.en ?? name.ru ?? name.ky ?? o.slug,
    })
    byId.set(o.id, o.id)
    bySlug.set(o.slug.toLowerCase(), o.id)
    if (o.tin) byTin.set(o.tin, o.id)
    for (const n of Object.values(name)) addName(nameKey(n), o.id)
    for (const a of o.aliases) addName(nameKey(a.name), o.id)
  }
  return {
    info,
    /** Adds an organization of the file (it may be new) under its external id. */
    add(o: OrgInfo) {
      info.set(o.id, o)
    },
    resolve(token: string, fileIds: ReadonlyMap<string, string>, namespace: ReadonlyMap<string, string>): Resolved {
      const inFile = fileIds.get(token) ?? namespace.get(token)
      if (inFile) return { ok: true, id: inFile }
      const direct = byId.get(token) ?? bySlug.get(token.toLowerCase()) ?? byTin.get(token.replace(/\s/g, ''))
      if (direct) return { ok: true, id: direct }
      const named = [...(byName.get(nameKey(token)) ?? [])]
      if (named.length === 1) return { ok: true, id: named[0] }
      if (named.length > 1)
        return {
          ok: false,
          code: 'ambiguousOrg',
          params: { value: token, candidates: named.map((id) => info.get(id)?.label ?? id).join('; ') },
        }
      return { ok: false, code: 'unknownOrg', params: { value: token } }
    },
  }
}
export type OrganizationResolver = Awaited<ReturnType<typeof organizationResolver>>

type Place = {
  id: string
  code: string
  level: number
  kind: string
  parentCode: string | null
  names: string[]
  label: string
}

/** Current territories by code and name; "Parent / Child" narrows a name to the units below the parent. */
export async function placeResolver(db: Db) {
  const rows = await db.territory.findMany({
    select: {
      id: true,
      code: true,
      level: true,
      kind: true,
      name: true,
      validTo: true,
      parent: { select: { code: true } },
    },
  })
  const places: Place[] = rows.map((t) => {
    const name = (t.name ?? {}) as Record<string, string>
    return {
      id: t.id,
      code: t.code,
      level: t.level,
      kind: t.kind,
      parentCode: t.parent?.code ?? null,
      // an abolished unit is found by its code only, so an old name never competes with the current one
      names: t.validTo ? [] : Object.values(name),
      label: `${name.en ?? name.ru ?? name.ky ?? t.code} (${t.code})`,
    }
  })
  const index = placeIndex(places)
  const cache = new Map<string, Resolved>()
  return {
    resolve(token: string): Resolved {
      const hit = cache.get(token)
      if (hit) return hit
      const result = resolvePlace(token)
      cache.set(token, result)
      return result
    },
  }
  function resolvePlace(token: string): Resolved {
    const parts = token
      .split('/')
      .map((s) => s.trim())
      .filter(Boolean)
    let within: string | null = null
    for (let i = 0; i < parts.length; i++) {
      let m = index.match(parts[i], { within })
      // "Jalal-Abad oblast" names the oblast, "Batken rayon" the rayon, not the city of the same name: the
      // kind word the matcher drops decides between units that share a name (and only then).
      const kinds = kindHint(parts[i])
      if (m.kind === 'ambiguous' && kinds) {
        const left = m.candidates.filter((c) => kinds.includes(c.kind))
        if (left.length === 1) m = { kind: 'found', territory: left[0] }
        else if (left.length > 1) m = { kind: 'ambiguous', candidates: left }
      }
      if (m.kind === 'none') return { ok: false, code: 'unknownPlace', params: { value: token } }
      if (m.kind === 'ambiguous')
        return {
          ok: false,
          code: 'ambiguousPlace',
          params: {
            value: token,
            candidates: m.candidates
              .slice(0, 6)
              .map((c) => c.label)
              .join('; '),
          },
        }
      if (i === parts.length - 1) return { ok: true, id: m.territory.id }
      within = m.territory.code
    }
    return { ok: false, code: 'unknownPlace', params: { value: token } }
  }
}
export type PlaceResolver = Awaited<ReturnType<typeof placeResolver>>

/** The kinds of unit a kind word in the name points to. */
function kindHint(text: string): string[] | undefined {
  const t = text.toLowerCase()
  const word = (w: string) => new RegExp(`(^|[\\s.])(${w})($|[\\s.])`, 'u').test(t)
  if (word('oblast|oblasty|region|province|область|облусу|обл\\.?')) return ['OBLAST']
  if (word('rayon|raion|district|район|району|р-н')) return ['RAYON']
  if (word('city|town|город|г\\.?|шаары|шаар')) return ['REPUBLICAN_CITY', 'OBLAST_CITY', 'TOWN']
  if (/(aiyl|ayil|айыл|aimak|аймак|okmot|окмоту|а\/о|а\/а)/u.test(t)) return ['AIYL_OKMOT']
  return undefined
}
