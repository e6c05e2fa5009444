import path from 'node:path'
import type { NextConfig } from 'next'
import createNextIntlPlugin from 'next-intl/plugin'
import { NEXT_BODY_LIMIT_BYTES } from './lib/http/body-limit'
import { staticSecurityHeaders } from './lib/http/security-headers'

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts')

const nextConfig: NextConfig = {
  // A build of its own for the benchmark (NEXT_DIST_DIR=.next-bench), so measuring one commit never races a build of another.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // The preview images read their font from node_modules when drawn (lib/og/font.ts): traced by hand.
  outputFileTracingIncludes: {
    '/[locale]/og/**': [
      './node_modules/@fontsource/noto-sans/files/noto-sans-{latin,cyrillic,cyrillic-ext}-{400,700}-normal.woff',
    ],
  },
  // 'use cache' for the public data loaders (lib/public/cached.ts), stored in Redis when REDIS_URL is
  // set (shared by every instance) and in memory otherwise: docs/decisions/014-caching-public-data.md.
  cacheHandlers: { default: path.join(process.cwd(), 'lib/cache/use-cache-handler.cjs') },
  experimental: {
    // The directive without Cache Components: pages still render per request (force-dynamic); what
    // they read from the database is cached per territory and record, tagged, and expired by the writes.
    useCache: true,
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
