// zod's no-compile setting (lib/zod-config.ts) without loading zod: zod adopts the object it finds at
// `globalThis.__zod_globalConfig` when it loads (zod 4's core), so setting `jitless` there first is the
// same as `z.config({ jitless: true })`. instrumentation-client.ts calls this in every page, where
// importing zod would put ~30 KB gzip into every page's first-load JavaScript — public pages build no
// schema in the browser (tests/unit/public-client-bundle.test.ts). tests/unit/zod-preset.test.ts fails
// if a zod upgrade stops reading that object.

export function presetZodJitless(): void {
  const g = globalThis as { __zod_globalConfig?: { jitless?: boolean } }
  g.__zod_globalConfig ??= {}
  g.__zod_globalConfig.jitless = true
}
