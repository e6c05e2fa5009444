import { getTranslations } from 'next-intl/server'
import { DownloadData } from '@/components/export/download-data'
import { Section } from '@/components/ui/section'
import { openApiDocument } from '@/lib/api/openapi'
import { pageLocale } from '@/lib/i18n/page'
import { messageShare } from '@/lib/og/metadata'

// The readable side of /api/v1/openapi.json: the same document, its prose in the reader's language.
export const generateMetadata = messageShare('apiDocs', 'title', '/api-docs')

type Schema = {
  type?: string | string[]
  enum?: unknown[]
  pattern?: string
  format?: string
  minimum?: number
  maximum?: number
  $ref?: string
  anyOf?: Schema[]
  items?: Schema
  properties?: Record<string, Schema>
}

/** The endpoint's message key, from its path: /api/v1/case-studies → caseStudies, …/{id} → caseStudy. */
const endpointKey = (path: string) =>
  ({ '{kind}': 'exports', '{code}': 'territory', '{id}': 'caseStudy' })[path.split('/').pop()!] ??
  (path.split('/')[3] ?? '').replace(/-(\w)/g, (_, c: string) => c.toUpperCase())

const refName = (ref: string) => ref.split('/').pop()!

/** A schema in a few words: "KG-T | …", "integer 1–500", "Text", "PlaceRef[]", "string | null". */
function describe(s: Schema): string {
  if (s.$ref) return refName(s.$ref)
  if (s.anyOf) return s.anyOf.map(describe).join(' | ')
  if (s.enum) return s.enum.join(' | ')
  if (s.format) return `${s.type} (${s.format})`
  if (s.pattern) return s.pattern
  if (s.type === 'array' && s.items) return `${describe(s.items)}[]`
  const type = Array.isArray(s.type) ? s.type.join(' | ') : (s.type ?? 'object')
  // z.number().int() bounds a plain integer by the safe-integer range: not worth showing.
  const bounded = s.minimum !== undefined && s.minimum > Number.MIN_SAFE_INTEGER
  return bounded ? `${type} ${s.minimum}–${s.maximum ?? '…'}` : type
}

const cell = 'border-b border-stone-200 px-2 py-1.5 align-top'

export default async function ApiDocsPage({ params }: { params: Promise<{ locale: string }> }) {
  await pageLocale(params)
  const t = await getTranslations('apiDocs')
  const doc = openApiDocument('')
  const schemas = doc.components.schemas as Record<string, Schema>
  return (
    <article className="max-w-4xl space-y-8">
      <header className="space-y-3">
        <h1 className="text-3xl font-semibold tracking-tight text-stone-950">{t('title')}</h1>
        <p className="text-lg text-stone-700">{t('lead')}</p>
        <p>
          <a className="text-brand-700 underline" href="/api/v1/openapi.json">
            {t('openapi')}
          </a>{' '}
          <code className="text-sm text-stone-600">/api/v1/openapi.json</code>
        </p>
      </header>

      <Section id="rules" title={t('rulesTitle')}>
        <ul className="list-disc space-y-1 pl-5 text-stone-800">
          {(['public', 'unknown', 'languages', 'paging'] as const).map((k) => (
            <li key={k}>{t(`rules.${k}`)}</li>
          ))}
        </ul>
      </Section>

      <Section id="endpoints" title={t('endpointsTitle')}>
        <div className="space-y-6">
          {Object.entries(doc.paths).map(([path, { get }]) => {
            const parameters = get.parameters as { name: string; schema: Schema; in: string }[]
            const ok = (get.responses as Record<string, { content?: Record<string, { schema: Schema }> }>)['200']
            const json = ok.content?.['application/json']?.schema
            const answer = json?.items?.$ref ?? json?.$ref
            return (
              <section key={path} aria-labelledby={`get-${endpointKey(path)}`} className="space-y-2">
                <h3 id={`get-${endpointKey(path)}`} className="font-mono text-base font-semibold text-stone-900">
                  GET {path}
                </h3>
                <p className="text-stone-700">{t(`endpoints.${endpointKey(path)}` as 'endpoints.projects')}</p>
                {answer ? (
                  <p className="text-sm text-stone-700">
                    {t('answer')}:{' '}
                    <a className="text-brand-700 underline" href={`#schema-${refName(answer)}`}>
                      {t(json?.items ? 'arrayOf' : 'one', { schema: refName(answer) })}
                    </a>
                  </p>
                ) : null}
                <table className="w-full border-collapse text-left text-sm">
                  <thead>
                    <tr className="text-stone-600">
                      <th className={cell}>{t('parameter')}</th>
                      <th className={cell}>{t('values')}</th>
                      <th className={cell}>{t('meaning')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {parameters.map((p) => (
                      <tr key={`${p.in}-${p.name}`}>
                        <td className={`${cell} font-mono`}>{p.name}</td>
                        <td className={`${cell} font-mono break-all text-stone-600`}>{describe(p.schema)}</td>
                        <td className={cell}>{t(`parameters.${p.name}` as 'parameters.page')}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </section>
            )
          })}
        </div>
      </Section>

      <Section id="schemas" title={t('schemasTitle')}>
        <div className="grid gap-4 sm:grid-cols-2">
          {Object.entries(schemas).map(([name, s]) => (
            <section key={name} aria-labelledby={`schema-${name}`} className="rounded border border-stone-200 p-3">
              <h3 id={`schema-${name}`} className="font-mono font-semibold text-stone-900">
                {name}
              </h3>
              <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 text-sm">
                {Object.entries(s.properties ?? {}).map(([field, f]) => (
                  <div key={field} className="contents">
                    <dt className="font-mono text-stone-800">{field}</dt>
                    <dd className="font-mono break-all text-stone-600">{describe(f)}</dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
        </div>
      </Section>

      <Section id="downloads" title={t('downloadsTitle')}>
        <p className="text-stone-700">{t('downloads')}</p>
        <p className="text-stone-700">{t('dump')}</p>
        <DownloadData kinds={['territories', 'organizations', 'partnerships', 'programmes']} filter={{}} />
      </Section>
    </article>
  )
}
