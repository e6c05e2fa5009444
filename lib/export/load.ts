import 'server-only'
// Loads one record kind as a table, for a filter, only through the public boundary (lib/public): the
// downloads (app/api/v1/exports), `npm run export:all` and the tests all call this.
import { parseCaseStudyFilters } from '@/lib/case-studies/filters'
import { listPublicOrganizations, listPublicPartnerships, listPublicProgrammes } from '@/lib/public/catalog'
import { listPublicCaseStudies } from '@/lib/public/case-studies'
import { listIatiProjects, type IatiProject } from '@/lib/public/iati'
import { listTerritoriesByLevel } from '@/lib/public/territories'
import type { RecordFilters } from './filters'
import {
  caseStudyRow,
  organizationRow,
  partnershipRow,
  programmeRow,
  projectTables,
  table,
  territoryRow,
  type ExportTable,
  type RecordKind,
} from './tables'

/** Every public row, for the downloads and the dump (the API pages through the same functions). */
const everything = { skip: 0, take: 1_000_000 }

/**
 * The public records of one kind under a filter; null when a filter names no public record. `raw` is
 * the query as given, for the case-study filters (which parse their own names, as on the page).
 */
export async function loadTable(
  kind: RecordKind,
  f: RecordFilters,
  raw: Record<string, string> = {},
): Promise<ExportTable | null> {
  switch (kind) {
    case 'projects':
    case 'contributions':
    case 'outcomes':
    case 'grants': {
      const projects = await listIatiProjects({
        territory: f.territory,
        organization: f.organization,
        programme: f.programme,
      })
      return projects && table(kind, projectTables(projects)[kind])
    }
    case 'organizations': {
      const page = await listPublicOrganizations(f, everything)
      return page && table(kind, page.rows.map(organizationRow))
    }
    case 'partnerships': {
      const page = await listPublicPartnerships(f, everything)
      return page && table(kind, page.rows.map(partnershipRow))
    }
    case 'programmes': {
      const page = await listPublicProgrammes(f, everything)
      return page && table(kind, page.rows.map(programmeRow))
    }
    case 'territories': {
      const levels = f.level ? [Number(f.level) as 1 | 2 | 3] : ([1, 2, 3] as const)
      const rows = (await Promise.all(levels.map(listTerritoriesByLevel))).flat()
      return table(kind, rows.map(territoryRow))
    }
    case 'case-studies':
      return table(kind, (await listPublicCaseStudies(parseCaseStudyFilters(raw))).map(caseStudyRow))
  }
}

/** The four project tables of some public projects (the dump reads the projects once for them and IATI). */
export function projectKindTables(projects: readonly IatiProject[]): ExportTable[] {
  const tables = projectTables(projects)
  return (['projects', 'contributions', 'outcomes', 'grants'] as const).map((k) => table(k, tables[k]))
}
