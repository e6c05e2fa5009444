// Imported first by an integration test file that calls server actions in-process: replaces what Next.js
// and Auth.js provide at run time with ./next-boundary.ts (session, locale, headers, cache, redirects).
// vi.mock registers when this module runs, before the test file's later imports load the app's modules.
import { vi } from 'vitest'

vi.mock('@/lib/auth/config', () => import('./next-boundary').then((m) => m.authConfig))
vi.mock('next-auth', () => import('./next-boundary').then((m) => m.nextAuth))
vi.mock('next-intl/server', () => import('./next-boundary').then((m) => m.intlServer))
vi.mock('next/cache', () => import('./next-boundary').then((m) => m.nextCache))
vi.mock('next/headers', () => import('./next-boundary').then((m) => m.nextHeaders))
vi.mock('@/lib/i18n/navigation', () => import('./next-boundary').then((m) => m.navigation))
