// Places that read alike in one language: "Issyk-Ata" is a rayon of Chui and an aiyl okmot inside it, and
// 37 names are shared by two units of the same kind in different rayons. A list of places says which is
// which, rather than showing the same name twice (or hiding one of two different places).
import type { Locale } from '@/lib/i18n/locales'
import { pickLocalized } from '@/lib/i18n/localized'
import type { TerritoryKind } from '@/lib/generated/prisma/enums'

export type NamedPlace = { code: string; name: unknown; kind: TerritoryKind; parent: { name: unknown } | null }

const key = (text: string | undefined, locale: Locale) => (text ?? '').trim().toLocaleLowerCase(locale)

/**
 * What tells each place apart from the others of the list with the same name in `locale`, by code: its
 * kind where the kinds differ ("rayon" / "aiyl okmot"), its parent's name where the kind is shared
 * ("Kemin" / "Aksy"), its code as the last resort. Absent for a name that is not shared.
 */
export function placeQualifiers(
  places: readonly NamedPlace[],
  locale: Locale,
  kindLabel: (kind: TerritoryKind) => string,
): Map<string, string> {
  const byName = new Map<string, NamedPlace[]>()
  for (const p of places) {
    const name = key(pickLocalized(p.name, locale)?.text, locale)
    byName.set(name, [...(byName.get(name) ?? []), p])
  }
  const out = new Map<string, string>()
  for (const group of byName.values()) {
    if (group.length < 2) continue
    const kinds = new Set(group.map((p) => p.kind))
    const labels = group.map((p) => {
      const parts: string[] = []
      if (kinds.size > 1) parts.push(kindLabel(p.kind).toLocaleLowerCase(locale))
      if (group.filter((x) => x.kind === p.kind).length > 1) {
        const parent = pickLocalized(p.parent?.name, locale)?.text
        if (parent) parts.push(parent)
      }
      return parts.join(', ')
    })
    group.forEach((p, i) => {
      const label = labels[i]
      const shared = !label || labels.filter((l) => l === label).length > 1
      out.set(p.code, shared ? [label, p.code].filter(Boolean).join(', ') : label)
    })
  }
  return out
}
