import type { NextConfig } from 'next'
import createNextIntlPlugin from 'next-intl/plugin'
import { ACTION_BODY_LIMIT_BYTES, DOCUMENT_BODY_LIMIT_BYTES } from './lib/http/body-limit'
import { staticSecurityHeaders } from './lib/http/security-headers'

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts')

const nextConfig: NextConfig = {
  poweredByHeader: false,
  experimental: {
    // The proxy answers 413 above the same limit before Next reads the body (proxy.ts).
    serverActions: { bodySizeLimit: ACTION_BODY_LIMIT_BYTES },
    // Bodies pass the proxy whole up to the document upload's limit (Next's default is 10 MB, which a
    // 10 MB scan with its form fields exceeds); the proxy refuses larger ones itself.
    proxyClientMaxBodySize: DOCUMENT_BODY_LIMIT_BYTES,
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
