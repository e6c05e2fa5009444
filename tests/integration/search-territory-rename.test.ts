// A renamed territory refreshes the search documents that fold its names in (ADR 021's gap, closed by
// the migration `…_search_territory_names`): the organization governing it, and the partnerships and
// projects placed in it, are found by the new name, and the table still equals its definition.
import { afterAll, describe, expect, it } from 'vitest'
import { connect } from '../setup/db'

const prisma = connect()
afterAll(() => prisma.$disconnect())

describe('search after a territory is renamed', () => {
  it('the documents that name it are rewritten with the new name', async () => {
    const undo = new Error('roll back')
    // A place with a governing body, a partnership and a project placed in it.
    const [place] = await prisma.$queryRaw<{ id: string }[]>`
      SELECT t.id FROM "Territory" t
      WHERE EXISTS (SELECT 1 FROM "Organization" o WHERE o."governsTerritoryId" = t.id)
        AND EXISTS (SELECT 1 FROM "PartnershipTerritory" pt WHERE pt."territoryId" = t.id)
        AND EXISTS (SELECT 1 FROM "ProjectTerritory" pt WHERE pt."territoryId" = t.id)
      ORDER BY t.path LIMIT 1`
    expect(place).toBeDefined()
    await expect(
      prisma.$transaction(
        async (tx) => {
          await tx.territory.update({
            where: { id: place.id },
            data: { name: { ky: 'Кызжылдыз', ru: 'Кызжылдыз', en: 'Qyzjyldyz' } },
          })
          const found = await tx.$queryRaw<{ entity: string }[]>`
            SELECT DISTINCT entity FROM "SearchDocument" WHERE document LIKE '%' || kg_fold_letters('Qyzjyldyz') || '%'
            ORDER BY 1`
          // (and the case studies of those partnerships, which fold in their places)
          expect(found.map((f) => f.entity)).toEqual(expect.arrayContaining(['organization', 'partnership', 'project']))
          const drift = await tx.$queryRaw<{ entity: string; entityId: string }[]>`
            WITH s AS (SELECT entity, "entityId", document, names FROM "SearchSource"),
                 d AS (SELECT entity, "entityId", document, names FROM "SearchDocument")
            (SELECT entity, "entityId" FROM (SELECT * FROM s EXCEPT SELECT * FROM d) x)
            UNION ALL
            (SELECT entity, "entityId" FROM (SELECT * FROM d EXCEPT SELECT * FROM s) y)`
          expect(drift).toEqual([])
          throw undo
        },
        { timeout: 180_000 },
      ),
    ).rejects.toBe(undo)
  })
})
