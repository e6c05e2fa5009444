import { useId } from 'react'
import { useLocale, useTranslations } from 'next-intl'
import { classify, classOf, NO_DATA_COLOUR } from '@/lib/map/classes'
import {
  isTiny,
  LABEL_STEPS,
  layoutLabels,
  LINE_HEIGHT,
  shortName,
  VIEWBOX_WIDTH,
  type PlacedLabel,
} from '@/lib/map/labels'
import { projectShapes, type MapGeometry } from '@/lib/map/project'

/**
 * A server-rendered map of territories: each region an SVG link, coloured by value (`choropleth`) or
 * all light with one highlighted (`outline`, "this rayon within its oblast"). No client JS, no tiles.
 *
 * ```tsx
 * <ChoroplethMap
 *   title={t('mapOfRayons', { name })}
 *   legendTitle={t('childCaseStudies')}
 *   shapes={rayons.map((r) => ({
 *     code: r.code, name: r.name, href: `/${locale}/places/${r.path}`, geometry: r.geometry,
 *     value: r.caseStudies, valueLabel: t('counts.caseStudies', { count: r.caseStudies }),
 *   }))}
 * />
 * <ChoroplethMap mode="outline" title={…} shapes={siblings} highlightCode={rayon.code} />
 * ```
 *
 * Shapes come from `getMapShapes` (lib/map/boundaries.ts); the caller picks names and values. The map
 * adds a legend, a table of every region in a <details> (the accessible alternative) and the
 * boundaries' credit. Without shapes it renders nothing. The SVG fills its container's width; its labels switch size with the container
 * (container queries, see lib/map/labels.ts), so it reads at 390 px too.
 */

export type ChoroplethShape = {
  code: string
  /** The region's name, for its link, label and table row. */
  name: string
  /** BCP 47 language of `name` when it is not the page's (a fallback name). */
  nameLang?: string
  /** Text drawn on the map; defaults to `name` without its "область", "облусу" or "району" (shortName). */
  label?: string
  href: string
  /** null or missing: no data. Only used in choropleth mode. */
  value?: number | null
  /** The value in words ("4 case studies") for the link's name and the table; defaults to the number. */
  valueLabel?: string
  geometry: MapGeometry
}

type CommonProps = {
  title: string
  description?: string
  shapes: ChoroplethShape[]
  /** Outline mode: the shape to fill. Choropleth mode: its label is placed first. */
  highlightCode?: string
}

export type ChoroplethMapProps = CommonProps &
  (
    | {
        mode?: 'choropleth'
        /** What the values are ("Case studies"): the legend's title and the table's column. */
        legendTitle: string
        /** Numbers in the legend and, without a valueLabel, in links and table; default: the locale's. */
        formatValue?: (value: number) => string
      }
    | { mode: 'outline' }
  )

/** Tall maps (a north–south oblast) are narrowed so that the whole map fits on a screen. */
const MAX_HEIGHT_PX = 640
const OUTLINE_FILL = '#f5f5f4' // stone-100
const HIGHLIGHT_FILL = '#1f6f68' // brand-600

const LABEL_TEXT =
  'fill-stone-900 stroke-white font-semibold [paint-order:stroke] [stroke-linejoin:round] [stroke-width:0.3em]'

/** A tap target's least size on screen (WCAG 2.5.5), and the narrowest map we expect (a 320 px phone). */
const TAP_TARGET_PX = 44
const NARROWEST_MAP_PX = 320

/**
 * Per LABEL_STEPS range of container widths: the font size, the markers' radius, the radius of the
 * invisible tap target around a tiny city's marker (at least 44 px across on screen at the step's
 * narrowest width), and which of the labels laid out for each step show. Generated from LABEL_STEPS so
 * the layout and the CSS cannot disagree; scoped to one map by its id.
 */
function stepStyles(id: string, viewBoxWidth: number): string {
  return LABEL_STEPS.map(({ minWidth, fontSize, markerRadius }, i) => {
    const next = LABEL_STEPS[i + 1]
    const range = [minWidth > 0 && `(min-width: ${minWidth}px)`, next && `(max-width: ${next.minWidth - 0.02}px)`]
      .filter(Boolean)
      .join(' and ')
    const hit = Math.ceil((TAP_TARGET_PX / 2) * (viewBoxWidth / Math.max(minWidth, NARROWEST_MAP_PX)))
    return `@container ${range} { #${id} text { font-size: ${fontSize}px } #${id} .marker { r: ${markerRadius}px } #${id} .hit { r: ${Math.max(hit, markerRadius)}px } #${id} .label:not(.at-${i}) { display: none } }`
  }).join('\n')
}

/**
 * The readout above the map: the region under the pointer or with keyboard focus, with its value.
 * CSS only (the map has no client script): one rule per region shows that region's line.
 */
function readoutStyles(id: string, codes: string[]): string {
  return codes
    .map(
      (c) => `#${id}:has([data-territory="${c}"]:is(:hover, :focus-visible)) [data-readout="${c}"] { display: block }`,
    )
    .join('\n')
}

export function ChoroplethMap(props: ChoroplethMapProps) {
  const { title, description, shapes, highlightCode } = props
  const t = useTranslations('map')
  const locale = useLocale()
  // useId gives «r1»-like ids; CSS selectors and url(#…) references want plain ones.
  const uid = `map${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`
  const choropleth = props.mode !== 'outline' ? props : null
  const format = choropleth?.formatValue ?? new Intl.NumberFormat(locale).format
  if (!shapes.length) return null

  const projection = projectShapes(shapes, { width: VIEWBOX_WIDTH })
  const { width, height } = projection
  const projected = new Map(projection.shapes.map((p) => [p.code, p]))
  const classes = choropleth ? classify(shapes.map((s) => s.value ?? null)) : []
  const hasNoData = choropleth !== null && shapes.some((s) => s.value === null || s.value === undefined)
  const valueText = (s: ChoroplethShape) =>
    s.valueLabel ?? (s.value === null || s.value === undefined ? t('noData') : format(s.value))
  const fillOf = (s: ChoroplethShape) => {
    if (!choropleth) return s.code === highlightCode ? HIGHLIGHT_FILL : OUTLINE_FILL
    return classOf(classes, s.value ?? null)?.colour ?? `url(#${uid}-nodata)`
  }
  const labels = layoutLabels(
    projection.shapes,
    new Map(shapes.map((s) => [s.code, s.label ?? shortName(s.name, s.nameLang ?? locale)])),
    projection,
    highlightCode,
  )
  const labelsOf = (code: string) => labels.filter((l) => l.code === code)

  // Focus order: west to east in four bands from north to south, then the tiny cities, whose markers
  // must be painted over their neighbours.
  const band = height / 4
  const ordered = [...shapes].sort((a, b) => {
    const [pa, pb] = [projected.get(a.code)!, projected.get(b.code)!]
    return (
      Number(isTiny(pa)) - Number(isTiny(pb)) ||
      Math.floor(pa.anchor.y / band) - Math.floor(pb.anchor.y / band) ||
      pa.anchor.x - pb.anchor.x
    )
  })
  const collator = new Intl.Collator(locale)
  const rows = [...shapes].sort((a, b) => collator.compare(a.name, b.name))

  return (
    <figure className="space-y-3">
      <figcaption id={`${uid}-title`}>
        <span className="block font-semibold text-stone-900">{title}</span>
        {description && <span className="mt-0.5 block text-sm text-stone-600">{description}</span>}
      </figcaption>

      <div
        id={`${uid}-frame`}
        className="@container relative mx-auto w-full"
        style={{ maxWidth: Math.round((MAX_HEIGHT_PX * width) / height) }}
      >
        <style>
          {readoutStyles(
            `${uid}-frame`,
            shapes.map((s) => s.code),
          )}
        </style>
        {/* The links' names say the same to screen readers; this is for eyes. */}
        <div aria-hidden="true" className="pointer-events-none absolute top-0 left-0 z-10">
          {shapes.map((s) => (
            <p
              key={s.code}
              data-readout={s.code}
              lang={s.nameLang}
              className="hidden rounded border border-stone-300 bg-white/95 px-2 py-1 text-sm text-stone-900 shadow-sm"
            >
              <span className="font-semibold">{s.name}</span>
              {choropleth || s.valueLabel ? <span className="tabular-nums">: {valueText(s)}</span> : null}
            </p>
          ))}
        </div>
        <svg
          id={`${uid}-map`}
          viewBox={`0 0 ${width} ${height}`}
          width={width}
          height={height}
          className="block h-auto w-full"
          style={{ aspectRatio: `${width} / ${height}` }}
          role="group"
          aria-labelledby={`${uid}-title`}
        >
          <style>{stepStyles(`${uid}-map`, width)}</style>
          <defs>
            <pattern
              id={`${uid}-nodata`}
              patternUnits="userSpaceOnUse"
              width="8"
              height="8"
              patternTransform="rotate(45)"
            >
              <rect width="8" height="8" fill={NO_DATA_COLOUR} />
              <rect width="3" height="8" fill="#f5f5f4" />
            </pattern>
            {projection.shapes.map((p) => (
              <path key={p.code} id={`${uid}-g-${p.code}`} d={p.d} fillRule="evenodd" clipRule="evenodd" />
            ))}
            {/* The hover and focus rings are drawn inside each shape, so neighbours painted later
                cannot cover them. */}
            {projection.shapes.map((p) => (
              <clipPath key={p.code} id={`${uid}-c-${p.code}`}>
                <use href={`#${uid}-g-${p.code}`} />
              </clipPath>
            ))}
          </defs>

          {ordered.map((s) => {
            const p = projected.get(s.code)!
            const highlighted = s.code === highlightCode
            const name = choropleth || s.valueLabel ? `${s.name}: ${valueText(s)}` : s.name
            return (
              <a
                key={s.code}
                href={s.href}
                aria-label={name}
                aria-current={!choropleth && highlighted ? 'location' : undefined}
                data-territory={s.code}
                className="group"
                // The rings below mark focus; the site-wide outline would add the shape's bounding box.
                style={{ outline: 'none' }}
              >
                <use
                  href={`#${uid}-g-${s.code}`}
                  fill={fillOf(s)}
                  className={choropleth ? 'stroke-white' : 'stroke-stone-400'}
                  strokeWidth={1}
                  vectorEffect="non-scaling-stroke"
                />
                <use
                  href={`#${uid}-g-${s.code}`}
                  clipPath={`url(#${uid}-c-${s.code})`}
                  fill="none"
                  className="stroke-white [stroke-width:10px] opacity-0 group-focus-visible:opacity-100"
                  vectorEffect="non-scaling-stroke"
                />
                <use
                  href={`#${uid}-g-${s.code}`}
                  clipPath={`url(#${uid}-c-${s.code})`}
                  fill="none"
                  className="stroke-stone-950 [stroke-width:3px] opacity-0 group-hover:opacity-100 group-focus-visible:[stroke-width:5px] group-focus-visible:opacity-100"
                  vectorEffect="non-scaling-stroke"
                />
                {isTiny(p) && (
                  <>
                    {/* invisible, a thumb's width across on a phone */}
                    <circle
                      cx={round(p.anchor.x)}
                      cy={round(p.anchor.y)}
                      r={LABEL_STEPS.at(-1)!.markerRadius}
                      fill="transparent"
                      className="hit"
                      data-tap-target
                    />
                    <circle
                      cx={round(p.anchor.x)}
                      cy={round(p.anchor.y)}
                      r={LABEL_STEPS.at(-1)!.markerRadius}
                      fill={fillOf(s)}
                      className="marker stroke-stone-800 [stroke-width:1.5px] group-hover:stroke-stone-950 group-hover:[stroke-width:2.5px] group-focus-visible:stroke-stone-950 group-focus-visible:[stroke-width:4px]"
                      vectorEffect="non-scaling-stroke"
                    />
                    {labelsOf(s.code).map((l) => (
                      <Label key={`${l.x},${l.y}`} label={l} lang={s.nameLang} />
                    ))}
                  </>
                )}
              </a>
            )
          })}

          <g aria-hidden="true" className="pointer-events-none select-none">
            {ordered
              .filter((s) => !isTiny(projected.get(s.code)!))
              .flatMap((s) =>
                labelsOf(s.code).map((l) => (
                  <Label key={`${s.code}-${l.x},${l.y},${l.lines.length}`} label={l} lang={s.nameLang} />
                )),
              )}
          </g>
        </svg>
      </div>

      {choropleth && (classes.length > 0 || hasNoData) && (
        <div className="text-sm text-stone-700">
          <p className="font-medium text-stone-800">{choropleth.legendTitle}</p>
          <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
            {classes.map((c) => (
              <li key={c.colour} className="flex items-center gap-1.5">
                <span
                  aria-hidden
                  className="inline-block h-3.5 w-5 rounded-sm border border-stone-300"
                  style={{ background: c.colour }}
                />
                <span className="tabular-nums">
                  {c.min === c.max ? format(c.min) : `${format(c.min)}–${format(c.max)}`}
                </span>
              </li>
            ))}
            {hasNoData && (
              <li className="flex items-center gap-1.5">
                <span
                  aria-hidden
                  className="inline-block h-3.5 w-5 rounded-sm border border-stone-300"
                  style={{ background: `repeating-linear-gradient(45deg, ${NO_DATA_COLOUR} 0 3px, #f5f5f4 3px 5px)` }}
                />
                {t('noData')}
              </li>
            )}
          </ul>
        </div>
      )}

      {choropleth && (
        <details className="text-sm">
          <summary className="cursor-pointer text-brand-700 underline underline-offset-2 max-sm:py-3">
            {t('showTable')}
          </summary>
          <table className="mt-2 w-full max-w-lg border-collapse text-left">
            <caption className="sr-only">{title}</caption>
            <thead>
              <tr className="border-b border-stone-300 text-stone-600">
                <th scope="col" className="py-1 pr-4 font-medium">
                  {t('territory')}
                </th>
                <th scope="col" className="py-1 text-right font-medium">
                  {choropleth.legendTitle}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((s) => (
                <tr key={s.code} className="border-b border-stone-200">
                  <th scope="row" className="py-1 pr-4 font-normal">
                    <a
                      href={s.href}
                      lang={s.nameLang}
                      className="text-brand-700 underline underline-offset-2 max-sm:inline-block max-sm:py-3"
                    >
                      {s.name}
                    </a>
                  </th>
                  <td className="py-1 text-right tabular-nums">{valueText(s)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}

      <p className="text-xs text-stone-600">
        {t.rich('attribution', {
          licence: (chunks) => (
            <a
              href="https://creativecommons.org/licenses/by/3.0/igo/"
              className="underline underline-offset-2"
              rel="license"
            >
              {chunks}
            </a>
          ),
        })}
      </p>
    </figure>
  )
}

const round = (v: number) => Math.round(v * 10) / 10

function Label({ label, lang }: { label: PlacedLabel; lang?: string }) {
  const x = round(label.x)
  return (
    <text
      x={x}
      y={round(label.y)}
      textAnchor={label.textAnchor}
      dominantBaseline="central"
      lang={lang}
      className={`label ${LABEL_STEPS.map((_, i) => (label.steps & (1 << i) ? `at-${i} ` : '')).join('')}${LABEL_TEXT}`}
    >
      {label.lines.map((line, i) => (
        <tspan key={i} x={x} dy={`${i === 0 ? (-(label.lines.length - 1) * LINE_HEIGHT) / 2 : LINE_HEIGHT}em`}>
          {line}
        </tspan>
      ))}
    </text>
  )
}
