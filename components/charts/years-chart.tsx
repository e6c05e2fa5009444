'use client'

import { useLocale } from 'next-intl'
import { Bar, BarChart as RechartsBarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts'
import { formatValue } from '@/lib/format'
import { colors, type PlotProps } from './plot'

const tick = { fontSize: 12, fill: colors.stone700 }

/** Vertical bars over consecutive years (the card fills in years without data as zero). */
export function YearsChart({ rows, series, format }: PlotProps) {
  const locale = useLocale()
  const data = rows.map((row) => ({ label: row.label, ...Object.fromEntries(row.values.map((v, i) => [`s${i}`, v])) }))
  return (
    // The table under the chart is the accessible version; the drawing is hidden from screen readers.
    <div aria-hidden className="h-full">
      <RechartsBarChart
        data={data}
        responsive
        style={{ width: '100%', height: '100%' }}
        margin={{ top: 8, right: 4, bottom: 0, left: 0 }}
        accessibilityLayer={false}
      >
        <CartesianGrid vertical={false} stroke={colors.stone200} />
        <XAxis
          dataKey="label"
          tick={tick}
          tickLine={false}
          axisLine={{ stroke: colors.stone500 }}
          interval="preserveStartEnd"
          minTickGap={12}
        />
        <YAxis
          width="auto"
          tick={tick}
          tickLine={false}
          axisLine={false}
          // Counts and minor units have no fractions; percentages are fractions of one.
          allowDecimals={format === 'percent'}
          tickFormatter={(value: number) => formatValue(value, format, locale, { compact: true })}
        />
        <Tooltip
          cursor={{ fill: colors.brand50 }}
          isAnimationActive={false}
          formatter={(value) => formatValue(Number(value), format, locale)}
          separator=": "
          contentStyle={{ borderColor: colors.stone200, borderRadius: 6, fontSize: 13 }}
        />
        {series.map((s, i) => (
          <Bar
            key={i}
            dataKey={`s${i}`}
            name={s.label}
            stackId="year"
            fill={s.color}
            maxBarSize={48}
            isAnimationActive={false}
          />
        ))}
      </RechartsBarChart>
    </div>
  )
}
