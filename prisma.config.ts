import { defineConfig } from 'prisma/config'

// Migrations run through the WebAssembly schema engine (prisma/schema-engine.mjs): the native engine
// binary cannot be downloaded on our machines. See docs/decisions/002-offline-database-tooling.md.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= 'prisma/schema-engine.mjs'

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations', seed: 'tsx prisma/seed.ts' },
  // DATABASE_URL comes from scripts/with-db.mjs (embedded PGlite) or the environment (managed PostgreSQL).
  // The placeholder keeps `prisma generate` working where no database exists (postinstall, CI build).
  datasource: {
    url: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/placeholder',
    shadowDatabaseUrl: process.env.SHADOW_DATABASE_URL,
  },
})
