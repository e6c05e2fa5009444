import { importKinds, type ImportKind } from '@/lib/import/columns'
import { templateCsv, templateXlsx } from '@/lib/import/template'
import { isLocale } from '@/lib/i18n/locales'

/**
 * GET /api/import/template?format=xlsx&locale=ky → the empty workbook (a sheet per kind, the dictionary);
 * ?format=csv&kind=grants → one kind's header line; ?format=csv&kind=dictionary → the data dictionary.
 * Public: the format holds no data.
 */
export async function GET(request: Request) {
  const q = new URL(request.url).searchParams
  const locale = isLocale(q.get('locale')) ? (q.get('locale') as 'ky') : 'en'
  if (q.get('format') === 'csv') {
    const kind = q.get('kind')
    if (kind !== 'dictionary' && !importKinds.includes(kind as ImportKind)) return new Response('Not found', { status: 404 })
    return new Response(templateCsv(kind as ImportKind | 'dictionary'), {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${kind}.csv"`,
      },
    })
  }
  return new Response(Buffer.from(await templateXlsx(locale)), {
    headers: {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': 'attachment; filename="registry-import-template.xlsx"',
    },
  })
}
