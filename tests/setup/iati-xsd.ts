// Validates an IATI activity document against the official 2.03 schemas copied into
// tests/fixtures/iati-2.03 (xmllint compiled to WebAssembly: no network, no system package).
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { validateXML } from 'xmllint-wasm'

const dir = path.join(process.cwd(), 'tests/fixtures/iati-2.03')
const file = (fileName: string) => ({ fileName, contents: readFileSync(path.join(dir, fileName), 'utf8') })

export async function validateIatiActivities(xml: string): Promise<{ valid: boolean; errors: string[] }> {
  const result = await validateXML({
    xml: [{ fileName: 'activities.xml', contents: xml }],
    schema: [file('iati-activities-schema.xsd')],
    preload: [file('iati-common.xsd'), file('xml.xsd')],
    // A whole export of the registry is a few megabytes; the default 32 MiB is tight for it.
    maxMemoryPages: 4096,
  })
  return { valid: result.valid, errors: result.errors.map((e) => e.rawMessage) }
}
