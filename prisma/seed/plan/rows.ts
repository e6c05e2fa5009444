// What every part of the plan shares: the shape of a row, stable ids and the keys of the seed's own records.
import { stableId } from '../ids'

export type Row = { id: string } & Record<string, unknown>
export type LinkRow = Record<string, unknown>

export const REGISTRY_EDITORS_KEY = 'system:registry-editors'
export const HANDBOOK_KEY = 'counterpart-handbook-2006'

export const territoryId = (code: string) => stableId(`territory:${code}`)
export const lsgBodyId = (code: string) => stableId(`org:lsg:${code}`)
export const organizationId = (key: string) => stableId(`org:${key}`)

export function compactName(n: Record<string, string | null | undefined>) {
  return Object.fromEntries(Object.entries(n).filter(([, v]) => v && v.trim())) as Record<string, string>
}
