import 'server-only'
import { readFile } from 'node:fs/promises'
import path from 'node:path'

// The preview images' font: Noto Sans from @fontsource/noto-sans, read from node_modules when the
// first image is drawn (next.config.ts traces these files into the build). Satori reads WOFF or TTF,
// not WOFF2. The default font of next/og has no Cyrillic, and Kyrgyz needs the extended block (ң ө ү).
// Each subset is a font of its own name (satori keeps one font per name and weight) and the family
// lists all three: satori takes each glyph from the first of them that has it.
const subsets = ['latin', 'cyrillic', 'cyrillic-ext'] as const
const weights = [400, 700] as const

const name = (subset: string) => `Noto Sans ${subset}`
export const OG_FONT_FAMILY = subsets.map((s) => `'${name(s)}'`).join(', ')
const FONT_DIR = 'node_modules/@fontsource/noto-sans/files'

type Font = { name: string; data: ArrayBuffer; weight: 400 | 700; style: 'normal' }
let loading: Promise<Font[]> | null = null

/** The font files, read once per process. */
export function loadOgFonts(): Promise<Font[]> {
  loading ??= Promise.all(
    weights.flatMap((weight) =>
      subsets.map(async (s): Promise<Font> => {
        const buf = await readFile(path.join(process.cwd(), FONT_DIR, `noto-sans-${s}-${weight}-normal.woff`))
        return {
          name: name(s),
          data: buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer,
          weight,
          style: 'normal',
        }
      }),
    ),
  ).catch((e: unknown) => {
    loading = null
    throw e
  })
  return loading
}
