// A few lines of XML writing: every text and attribute value is escaped here, and characters XML 1.0
// cannot carry (control characters, lone surrogates) are dropped, so no record can break the document.
// `Xml` is a string that is already markup; plain strings only enter through `xmlText` and attributes.

export type Xml = string & { readonly __xml: unique symbol }
export type Attrs = Record<string, string | number | boolean | null | undefined>

const notXmlChar = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu
const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }

/** Text as XML character data (also safe inside attribute values). */
export function escapeXml(value: string): string {
  return value.replace(notXmlChar, '').replace(/[&<>"']/g, (c) => entities[c])
}

export const xmlText = (value: string) => escapeXml(value) as Xml

/**
 * An element: attributes whose value is null or undefined are left out; children are markup (null,
 * undefined and false are skipped). Elements with element children get one child per line.
 */
export function el(name: string, attrs: Attrs = {}, children: (Xml | null | undefined | false)[] = []): Xml {
  const a = Object.entries(attrs)
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join('')
  const kids = children.filter((c): c is Xml => typeof c === 'string')
  if (!kids.length) return `<${name}${a}/>` as Xml
  const sep = kids.every((k) => k.startsWith('<')) ? '\n' : ''
  return `<${name}${a}>${sep}${kids.join(sep)}${sep}</${name}>` as Xml
}
