// The e2e database is fresh for every run (PGLITE_FRESH=1): add an admin, two NGO editors of two
// organizations, and an aiyl okmot's official with its desk (./desk-data.ts). Plain SQL through pg: the server's database is a PGlite served by its launcher.
import { randomUUID } from 'node:crypto'
import pg from 'pg'
import { hashPassword } from '../../lib/auth/password'
import { e2eDatabaseUrl } from './db'
import { seedDesk } from './desk-data'
import { E2E_NGO_SLUG, E2E_OTHER_NGO_SLUG, E2E_PROGRAMME_SLUG, E2E_PASSWORD, e2eUsers } from './accounts-data'

const id = () => `c${randomUUID().replace(/-/g, '').slice(0, 24)}`

export default async function globalSetup() {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() })
  await client.connect()
  try {
    // The app's own hash (scrypt), as an account made through an invitation would have.
    const hash = await hashPassword(E2E_PASSWORD)
    const talas = await client.query(`SELECT id FROM "Territory" WHERE code = 'KG-T'`)
    const orgs: Record<string, string> = {}
    for (const [slug, en, ru, ky] of [
      [E2E_NGO_SLUG, 'Aikol Talas (e2e)', 'Айкол Талас (e2e)', 'Айкөл Талас (e2e)'],
      [E2E_OTHER_NGO_SLUG, 'Other NGO (e2e)', 'Другая НКО (e2e)', 'Башка ӨЭУ (e2e)'],
    ]) {
      const orgId = id()
      orgs[slug] = orgId
      await client.query(
        `INSERT INTO "Organization" (id, slug, kind, name, "sourceLocale", "homeTerritoryId", "ownerOrganizationId", "publicationStatus", "updatedAt")
         VALUES ($1, $2, 'PUBLIC_ASSOCIATION', $3, 'en', $4, $1, 'PUBLISHED', now())`,
        [orgId, slug, JSON.stringify({ en, ru, ky }), talas.rows[0]?.id ?? null],
      )
    }
    const user = async (email: string, name: string, admin: boolean, orgId?: string) => {
      const userId = id()
      await client.query(
        `INSERT INTO "User" (id, email, name, "passwordHash", "globalRole", "updatedAt") VALUES ($1, $2, $3, $4, $5, now())`,
        [userId, email, name, hash, admin ? 'ADMIN' : 'USER'],
      )
      if (orgId)
        await client.query(
          `INSERT INTO "Membership" (id, "userId", "organizationId", role) VALUES ($1, $2, $3, 'EDITOR')`,
          [id(), userId, orgId],
        )
    }
    // A donor for the journey's grant.
    await client.query(
      `INSERT INTO "Organization" (id, slug, kind, name, "sourceLocale", "ownerOrganizationId", "publicationStatus", "updatedAt")
       VALUES ($1, 'e2e-water-fund', 'DONOR', $2, 'en', $1, 'PUBLISHED', now())`,
      [id(), JSON.stringify({ en: 'Water Fund (e2e)', ru: 'Фонд воды (e2e)', ky: 'Суу фонду (e2e)' })],
    )
    // A published programme, so every public page type exists for the CSP test.
    await client.query(
      `INSERT INTO "Programme" (id, slug, title, "sourceLocale", "ownerOrganizationId", "publicationStatus", themes, "updatedAt")
       VALUES ($1, $2, $3, 'en', $4, 'PUBLISHED', '{}', now())`,
      [
        id(),
        E2E_PROGRAMME_SLUG,
        JSON.stringify({ en: 'Clean water (e2e)', ru: 'Чистая вода (e2e)', ky: 'Таза суу (e2e)' }),
        orgs[E2E_NGO_SLUG],
      ],
    )
    await user(e2eUsers.admin, 'Asel Admin', true)
    await user(e2eUsers.editor, 'Nurlan Editor', false, orgs[E2E_NGO_SLUG])
    await user(e2eUsers.otherEditor, 'Other Editor', false, orgs[E2E_OTHER_NGO_SLUG])
    await user(e2eUsers.resettable, 'Reset Person', false, orgs[E2E_OTHER_NGO_SLUG])
    await user(e2eUsers.locked, 'Locked Person', false, orgs[E2E_OTHER_NGO_SLUG])
    await seedDesk(client, { hash, ngoId: orgs[E2E_NGO_SLUG], newId: id })
  } finally {
    await client.end()
  }
}
