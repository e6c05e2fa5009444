import 'server-only'
import { PrismaPg } from '@prisma/adapter-pg'
import { readReplicas } from '@prisma/extension-read-replicas'
import { PrismaClient } from '@/lib/generated/prisma/client'
import { readEnv } from '@/lib/env'

function createClient(url: string, max: number) {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max }) })
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
