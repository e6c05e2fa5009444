import 'server-only'
import { prisma } from '@/lib/db'
import type { TerritoryKind } from '@/lib/generated/prisma/enums'
import { LocalizedText } from '@/lib/i18n/localized'
import type { MapGeometry } from './project'

export type MapShape = {
  code: string
  level: number
  kind: TerritoryKind
  /** {ky?, ru?, en?}: pass to pickLocalized. */
  name: LocalizedText
  geometry: MapGeometry
}

function isMapGeometry(value: unknown): value is MapGeometry {
  const type = (value as { type?: unknown } | null)?.type
  return (
    (type === 'Polygon' || type === 'MultiPolygon') && Array.isArray((value as { coordinates?: unknown }).coordinates)
  )
}

/**
 * The territories among `codes` that have a boundary (levels 1 and 2 today), in the order of `codes`.
 * Codes without a boundary are left out: the caller lists them elsewhere.
 */
export async function getMapShapes(codes: string[]): Promise<MapShape[]> {
  if (!codes.length) return []
  const rows = await prisma.territory.findMany({
    where: { code: { in: codes }, boundary: { isNot: null } },
    select: { code: true, level: true, kind: true, name: true, boundary: { select: { geometry: true } } },
  })
  const byCode = new Map(rows.map((r) => [r.code, r]))
  return [...new Set(codes)].flatMap((code) => {
    const row = byCode.get(code)
    const geometry = row?.boundary?.geometry
    if (!row || !isMapGeometry(geometry)) return []
    const name = LocalizedText.safeParse(row.name)
    return [{ code, level: row.level, kind: row.kind, name: name.success ? name.data : {}, geometry }]
  })
}
