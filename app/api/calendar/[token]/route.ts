import { calendarFeed } from '@/lib/calendar/feed'

export const dynamic = 'force-dynamic'

// The token is the only key: keep it out of caches, out of Referer headers and out of sniffing.
const privateHeaders = {
  'Cache-Control': 'private, no-store',
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
}

/** GET /api/calendar/{token} → the token owner's memoranda expiry dates as iCalendar, or 404. */
export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const feed = await calendarFeed((await params).token, request.headers.get('host'))
  if (feed === null)
    return new Response('Not found', {
      status: 404,
      headers: { ...privateHeaders, 'Content-Type': 'text/plain; charset=utf-8' },
    })
  return new Response(feed, {
    status: 200,
    headers: {
      ...privateHeaders,
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': 'inline; filename="memoranda.ics"',
    },
  })
}
