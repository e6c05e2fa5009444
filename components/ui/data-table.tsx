/** A column of a data table: its heading, and whether it holds numbers (right-aligned). */
export type TableColumn = { label: React.ReactNode; numeric?: boolean }

/**
 * How a table looks: `boxed` stands alone in a bordered card with a shaded head (a record's ledger,
 * a place's parts); `ruled` sits inside a section under a line (the audit trail); `compact` is a small
 * table inside a card (shares).
 */
export type TableLook = 'boxed' | 'ruled' | 'compact'

const LOOKS: Record<TableLook, { head: string; row?: string; cell: string; gutter: boolean }> = {
  boxed: { head: 'bg-stone-100 text-stone-700', cell: 'px-3 py-2', gutter: false },
  ruled: { head: 'border-b border-stone-200 text-stone-600', cell: 'py-2', gutter: true },
  compact: { head: 'text-stone-600', row: 'border-b border-stone-200', cell: 'py-1.5', gutter: true },
}

function headCellClass(look: TableLook, column: TableColumn, last: boolean) {
  const { cell, gutter } = LOOKS[look]
  // Without side padding, a text column keeps its distance from the next one.
  const space = gutter && !last && !column.numeric ? ' pr-3' : ''
  return `${cell}${space}${column.numeric ? ' text-right' : ''} font-medium`
}

/**
 * One way to draw a data table: a caption for screen readers, a head of column headings (`scope="col"`),
 * then the rows the caller gives as `<tbody>`. A `boxed` table brings its scrolling card with it.
 */
export function DataTable({
  look,
  columns,
  caption,
  className = 'w-full text-left text-sm',
  children,
  ...rest
}: {
  look: TableLook
  columns: TableColumn[]
  caption?: string
  className?: string
  children: React.ReactNode
} & Omit<React.ComponentProps<'table'>, 'children' | 'className'>) {
  const table = (
    <table className={className} {...rest}>
      {caption && <caption className="sr-only">{caption}</caption>}
      <thead className={LOOKS[look].head}>
        <tr className={LOOKS[look].row}>
          {columns.map((column, i) => (
            <th key={i} scope="col" className={headCellClass(look, column, i === columns.length - 1)}>
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      {children}
    </table>
  )
  if (look !== 'boxed') return table
  return (
    <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white print:overflow-visible">{table}</div>
  )
}
