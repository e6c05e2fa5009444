// Turns the validated data files into the rows the database should hold. Pure: no database here, so
// the mapping is tested on its own (tests/unit/seed-plan.test.ts) and the writer stays generic.
// One file per kind of record: reference.ts (territories, boundaries, LSG bodies, rates), then the
// casebook's (casebook.ts runs them case by case): organizations, partnerships and places, projects and
// their ledger, outcomes, agreements, case studies.
import { stableId } from '../ids'
import type { SeedData } from '../load'
import { planCasebook } from './casebook'
import { planReference } from './reference'
import { REGISTRY_EDITORS_KEY } from './rows'

export type Plan = ReturnType<typeof buildPlan>

export function buildPlan(data: SeedData) {
  const registryEditorsId = stableId(`org:${REGISTRY_EDITORS_KEY}`)
  const reference = planReference(data, registryEditorsId)
  const casebook = data.casebook ? planCasebook(data.casebook, reference, registryEditorsId) : null
  return { registryEditorsId, ...reference, casebook }
}
