import { describe, expect, it } from 'vitest'
import { submissionSize } from '@/lib/http/body-limit'
import { contentSecurityPolicy, isPrivatePage, isTokenPage, staticSecurityHeaders } from '@/lib/http/security-headers'
import { clientIp } from '@/lib/rate-limit/client-ip'

const directives = (csp: string) =>
  Object.fromEntries(csp.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]))

describe('Content-Security-Policy', () => {
  it('private pages: scripts only with this request’s nonce', () => {
    const csp = directives(contentSecurityPolicy({ nonce: 'abc', development: false, upgradeInsecureRequests: true }))
    expect(csp['script-src']).toEqual(["'nonce-abc'", "'strict-dynamic'"])
    expect(csp['frame-ancestors']).toEqual(["'none'"])
    expect(csp['object-src']).toEqual(["'none'"])
    expect(csp['upgrade-insecure-requests']).toEqual([])
  })

  it('public pages: no per-request value, so they stay cacheable; never eval in production', () => {
    const a = contentSecurityPolicy({ nonce: null, development: false, upgradeInsecureRequests: false })
    expect(a).toBe(contentSecurityPolicy({ nonce: null, development: false, upgradeInsecureRequests: false }))
    expect(directives(a)['script-src']).toEqual(["'self'", "'unsafe-inline'"])
    expect(a).not.toContain('unsafe-eval')
    expect(a).not.toContain('upgrade-insecure-requests')
  })

  it('knows which pages are private and which hold a token', () => {
    for (const p of ['/en/manage', '/ky/manage/audit', '/ru/sign-in', '/en/invitation/x', '/en/reset-password/y'])
      expect(isPrivatePage(p), p).toBe(true)
    for (const p of ['/en', '/en/search', '/en/places/kg-t', '/en/managers', '/en/sign-in-help'])
      expect(isPrivatePage(p), p).toBe(false)
    expect(isTokenPage('/ru/invitation/abc')).toBe(true)
    expect(isTokenPage('/ru/sign-in')).toBe(false)
  })

  it('every response frames nothing, sniffs nothing and sends no full referrer', () => {
    const h = Object.fromEntries(staticSecurityHeaders.map((x) => [x.key, x.value]))
    expect(h).toMatchObject({
      'X-Frame-Options': 'DENY',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
    })
    expect(h['Permissions-Policy']).toContain('camera=()')
  })
})

describe('the client address', () => {
  const h = (xff?: string) => new Headers(xff === undefined ? {} : { 'x-forwarded-for': xff })

  it('with our proxies in front, believes only the entry our outermost proxy wrote', () => {
    expect(clientIp(h('6.6.6.6, 203.0.113.9'), 1)).toBe('203.0.113.9')
    expect(clientIp(h('6.6.6.6, 203.0.113.9, 10.0.0.2'), 2)).toBe('203.0.113.9')
    expect(clientIp(h('203.0.113.9'), 1)).toBe('203.0.113.9')
  })

  it('without a proxy takes what Next set from the socket; garbage and absence are one bucket', () => {
    expect(clientIp(h('::ffff:127.0.0.1'), 0)).toBe('127.0.0.1')
    expect(clientIp(h('not an address'), 0)).toBe('unknown')
    expect(clientIp(h(), 1)).toBe('unknown')
    expect(clientIp(h('203.0.113.9'), 3)).toBe('203.0.113.9')
  })
})

describe('a form submission’s size', () => {
  it('counts text in UTF-8 and the previous state that travels with it', () => {
    const fd = new FormData()
    fd.set('title.ky', 'Өнөктөштүк'.repeat(1000))
    const size = submissionSize(fd, { status: 'idle' })
    expect(size).toBeGreaterThan(new TextEncoder().encode('Өнөктөштүк').length * 1000)
    expect(submissionSize(fd, { status: 'invalid', values: { big: 'x'.repeat(5000) } })).toBeGreaterThan(size + 5000)
  })
})
