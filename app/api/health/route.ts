import { prisma } from '@/lib/db'

export const dynamic = 'force-dynamic'

/** Liveness and database reachability, for load balancers and uptime checks. */
export async function GET() {
  const started = performance.now()
  try {
    const [{ version }] = await prisma.$queryRaw<{ version: string }[]>`SELECT version()`
    const territories = await prisma.territory.count()
    return Response.json({
      status: 'ok',
      database: {
        status: 'up',
        latencyMs: Math.round(performance.now() - started),
        server: version.split(' on ')[0],
        territories,
      },
    })
  } catch (e) {
    console.error('[health] database check failed:', (e as Error).message)
    return Response.json({ status: 'error', database: { status: 'down' } }, { status: 503 })
  }
}
