import { describe, expect, it } from 'vitest'
import { requestErrorLine } from '@/lib/observability/request-error'

describe('the server log line of a failed request', () => {
  it('carries the reference the error page shows and the request id, not the query string', () => {
    const error = Object.assign(new Error('boom\nsecond line'), { digest: '1234567890' })
    const line = requestErrorLine(
      error,
      { path: '/en/search?q=secret', method: 'GET', headers: { 'x-request-id': 'req-12345678' } },
      { routePath: '/[locale]/search', routeType: 'render' },
    )
    expect(line).toBe(
      '[error] ref=1234567890 request=req-12345678 GET /en/search route=/[locale]/search (render) — Error: boom second line',
    )
  })
})
