import 'server-only'
import { PrismaPg } from '@prisma/adapter-pg'
import { readReplicas } from '@prisma/extension-read-replicas'
import { PrismaClient } from '@/lib/generated/prisma/client'
import { readEnv } from '@/lib/env'

/**
 * Session settings sent with every connection. `jit=off`: PostgreSQL's JIT compiler switches itself on
 * for any query whose estimated cost passes `jit_above_cost`, and the public aggregates over the ledger
 * all do; compiling then costs more than running them (the Talas subtree counts on the 10× data: 1,180 ms
 * with JIT, 214 ms without; docs/decisions/029-no-jit.md). PGlite has no JIT and ignores the option.
 */
export const SESSION_OPTIONS = '-c jit=off'

function createClient(url: string, max: number) {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max, options: SESSION_OPTIONS }) })
}

function createPrisma() {
  const env = readEnv()
  const primary = createClient(env.DATABASE_URL, env.DB_POOL_MAX)
  // Reads go to the replica when one is configured; writes and transactions always go to the primary.
  // The extended client has the same API (plus $primary/$replica); typing it as PrismaClient keeps
  // interactive transactions callable (a union of the two client types is not).
  return env.DATABASE_REPLICA_URL
    ? (primary.$extends(
        readReplicas({ replicas: [createClient(env.DATABASE_REPLICA_URL, env.DB_POOL_MAX)] }),
      ) as unknown as PrismaClient)
    : primary
}

type Prisma = PrismaClient
const globalForPrisma = globalThis as typeof globalThis & { prisma?: Prisma }

function instance(): Prisma {
  // Created on first use, not at import: `next build` imports route modules without a database.
  globalForPrisma.prisma ??= createPrisma()
  return globalForPrisma.prisma
}

export const prisma = new Proxy({} as Prisma, {
  get(_target, key) {
    const client = instance()
    const value = Reflect.get(client, key)
    return typeof value === 'function' ? value.bind(client) : value
  },
})
