import 'server-only'
// `npm run export:all DIR`: the whole public registry as files, for archives and open-data portals —
// per record kind a CSV and a JSON (each JSON with its column notes), the data dictionary, the IATI
// activity XML, and a manifest. Every table is read through lib/public (./load.ts), the IATI XML as
// /api/v1/iati writes it; nothing here decides what is public.
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { readIatiConfig } from '@/lib/env'
import { listIatiProjects } from '@/lib/public/iati'
import { iatiActivitiesXml } from './iati'
import { dictionaryTable, tableCsv, tableJson } from './formats'
import { loadTable, projectKindTables } from './load'
import type { ExportTable } from './tables'

export type DumpManifest = {
  generatedAt: string
  files: { file: string; rows?: number }[]
  iati: { activities: number; omittedUndated: number }
}

export async function writePublicDump(dir: string, now = new Date()): Promise<DumpManifest> {
  await mkdir(dir, { recursive: true })
  const files: DumpManifest['files'] = []
  const write = async (file: string, body: string, rows?: number) => {
    await writeFile(path.join(dir, file), body)
    files.push({ file, rows })
  }
  const others = ['organizations', 'partnerships', 'programmes', 'territories', 'case-studies'] as const
  const projects = (await listIatiProjects()) ?? []
  const tables: ExportTable[] = [
    ...projectKindTables(projects),
    ...(await Promise.all(others.map(async (k) => (await loadTable(k, {}))!))),
    dictionaryTable(),
  ]
  for (const t of tables) {
    await write(`${t.kind}.csv`, tableCsv(t), t.rows.length)
    await write(`${t.kind}.json`, JSON.stringify(tableJson(t), null, 1), t.rows.length)
  }
  const { xml, omitted } = iatiActivitiesXml(projects, readIatiConfig())
  await write('iati-activities.xml', xml)
  const iati = { activities: projects.length - omitted.length, omittedUndated: omitted.length }
  const manifest = { generatedAt: now.toISOString(), files, iati }
  await writeFile(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 1))
  return manifest
}
