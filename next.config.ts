import type { NextConfig } from 'next'
import createNextIntlPlugin from 'next-intl/plugin'
import { NEXT_BODY_LIMIT_BYTES } from './lib/http/body-limit'
import { staticSecurityHeaders } from './lib/http/security-headers'

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts')

const nextConfig: NextConfig = {
  poweredByHeader: false,
  experimental: {
    // Next's limit is one number for every action: the import page's (20 MB). The proxy answers 413 before
    // Next reads the body above each route's own limit (proxy.ts): 1 MB for every other action.
    serverActions: { bodySizeLimit: NEXT_BODY_LIMIT_BYTES },
    // Bodies pass the proxy whole up to the largest limit (Next's default is 10 MB, which a 10 MB scan
    // with its form fields exceeds); the proxy refuses larger ones itself.
    proxyClientMaxBodySize: NEXT_BODY_LIMIT_BYTES,
  },
  async headers() {
    return [
      { source: '/:path*', headers: [...staticSecurityHeaders] },
      // JSON and files: nothing in them may run, be framed or load anything.
      {
        source: '/api/:path*',
        headers: [{ key: 'Content-Security-Policy', value: "default-src 'none'; frame-ancestors 'none'" }],
      },
    ]
  },
}

export default withNextIntl(nextConfig)
