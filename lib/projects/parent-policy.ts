// Outcomes and grants hang on a project or a programme (or both): whoever may change that parent
// changes them too. Their policies add these rules after the owner's. Pure (ADR 005).
import type { Actor } from '@/lib/auth/roles'
import {
  programmeEditAccess,
  programmeEditableWhere,
  programmePolicySelect,
  type ProgrammePolicyRow,
} from '@/lib/programmes/policy'
import { projectEditAccess, projectEditableWhere, projectPolicySelect, type ProjectPolicyRow } from './policy'

export type ProjectOrProgrammeRow = { project: ProjectPolicyRow | null; programme: ProgrammePolicyRow | null }

/** `editPolicy` rules: access through the project, else through the programme. */
export const projectOrProgrammeRules = (actor: Actor, row: ProjectOrProgrammeRow) => [
  () => (row.project ? projectEditAccess(actor, row.project) : null),
  () => (row.programme ? programmeEditAccess(actor, row.programme) : null),
]

/** The same rules as where-inputs, for `editableWhere`. */
export const projectOrProgrammeEditableWhere = (actor: Actor) => [
  { project: { is: projectEditableWhere(actor) } },
  { programme: { is: programmeEditableWhere(actor) } },
]

/** What the rules need from the row: spread this into the entity's policy select. */
export const projectOrProgrammePolicySelect = {
  project: { select: projectPolicySelect },
  programme: { select: programmePolicySelect },
} as const
