'use client'

import { useLocale } from 'next-intl'
import {
  Bar,
  BarChart as RechartsBarChart,
  Cell,
  DefaultZIndexes,
  Text,
  XAxis,
  YAxis,
  ZIndexLayer,
  usePlotArea,
} from 'recharts'
import { formatValue, type ValueFormat } from '@/lib/format'
import { BAR_THICKNESS, colors, type PlotProps, type PlotRow } from './plot'

/**
 * Horizontal bars, one row per category, stacked when there are several series. The category name and
 * the row's total stand on a line above each bar rather than on an axis beside it: Kyrgyz and Russian
 * names are long, and a phone cannot spare a third of its width for them. Values must not be negative.
 */
export function BarChart({ rows, series, format }: PlotProps) {
  const data = rows.map((row) => ({ label: row.label, ...Object.fromEntries(row.values.map((v, i) => [`s${i}`, v])) }))
  return (
    // The table under the chart is the accessible version; the drawing is hidden from screen readers.
    <div aria-hidden className="h-full">
      <RechartsBarChart
        data={data}
        layout="vertical"
        responsive
        style={{ width: '100%', height: '100%' }}
        margin={{ top: 0, right: 0, bottom: 0, left: 0 }}
        barSize={BAR_THICKNESS}
        accessibilityLayer={false}
      >
        <XAxis type="number" hide domain={[0, 'dataMax']} />
        <YAxis type="category" dataKey="label" hide />
        <RowLabels rows={rows} format={format} />
        {series.map((s, i) => (
          <Bar key={i} dataKey={`s${i}`} stackId="row" fill={s.color} isAnimationActive={false}>
            {series.length === 1 && rows.map((row, j) => <Cell key={j} fill={row.color ?? s.color} />)}
          </Bar>
        ))}
      </RechartsBarChart>
    </div>
  )
}

/**
 * Per row: a grey track the full width (Recharts draws no background for a zero bar, and a row of
 * zeros must still read as a row), then the name on the left and the total on the right above it.
 * Recharts centres each bar in an equal band of the plot's height.
 */
function RowLabels({ rows, format }: { rows: PlotRow[]; format: ValueFormat }) {
  const locale = useLocale()
  const plot = usePlotArea()
  if (!plot) return null
  const band = plot.height / rows.length
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.barBackground}>
      {rows.map((row, i) => {
        const barTop = plot.y + band * (i + 0.5) - BAR_THICKNESS / 2
        const baseline = barTop - 5
        return (
          <g key={i} fontSize={13}>
            <rect x={plot.x} y={barTop} width={plot.width} height={BAR_THICKNESS} fill={colors.stone100} />
            {/* Long names end in an ellipsis before they reach the total; the table has them whole. */}
            <Text x={plot.x} y={baseline} width={plot.width * 0.62} maxLines={1} fill={colors.stone900}>
              {row.label}
            </Text>
            <text
              x={plot.x + plot.width}
              y={baseline}
              textAnchor="end"
              fill={colors.stone700}
              style={{ fontVariantNumeric: 'tabular-nums' }}
            >
              {formatValue(
                row.values.reduce((sum, v) => sum + v, 0),
                format,
                locale,
                { compact: true },
              )}
            </text>
          </g>
        )
      })}
    </ZIndexLayer>
  )
}
