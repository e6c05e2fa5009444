import { getActor } from '@/lib/auth/actor'

export const dynamic = 'force-dynamic'

/**
 * Who is signed in, for the header's client component (components/layout/account-status.tsx): public
 * pages read no cookie on the server so they stay cacheable, and ask here from the browser instead.
 * Only the name the person chose: nothing about their organizations or roles.
 */
export async function GET() {
  const actor = await getActor()
  return Response.json(actor ? { signedIn: true, name: actor.name } : { signedIn: false }, {
    headers: { 'Cache-Control': 'private, no-store', Vary: 'Cookie' },
  })
}
