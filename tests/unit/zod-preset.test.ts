// instrumentation-client.ts switches zod's compilation off before zod is loaded (lib/zod-preset.ts).
import { expect, it } from 'vitest'
import { presetZodJitless } from '@/lib/zod-preset'

it('zod, loaded after the preset, builds no parser with new Function', async () => {
  presetZodJitless()
  const { z } = await import('zod')
  expect(z.config().jitless).toBe(true)
})
