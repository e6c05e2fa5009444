import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const alias = {
  '@': fileURLToPath(new URL('./', import.meta.url)),
  // 'server-only' throws outside React Server Components; tests call server code directly.
  'server-only': fileURLToPath(new URL('./tests/setup/server-only.ts', import.meta.url)),
}

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // Packages that import 'next/server' without an extension (fine under Next's bundler) are
          // bundled by Vite instead of loaded by Node, so server action modules can be imported here.
          server: { deps: { inline: ['next-auth', 'next-intl', '@auth/core'] } },
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/setup/integration-global.ts'],
          // Files run in parallel, each worker on a database of its own (tests/setup/worker-databases.ts).
          setupFiles: ['tests/setup/integration-worker.ts'],
          maxWorkers: Math.max(1, Number(process.env.INTEGRATION_WORKERS ?? 2) || 1),
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
})
