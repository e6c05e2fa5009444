#!/usr/bin/env node
// `npm run bench:data`: a deterministic synthetic registry at ten times national scale, in a database of
// its own, for `npm run bench` (docs/BENCHMARKS.md). Never the development data:
//
//   npm run bench:data                                   embedded PGlite in .data/bench (BENCH_PGLITE_DIR)
//   BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/bench_10x npm run bench:data
//                                                        a PostgreSQL database whose name starts with bench_
//                                                        (created if missing)
//
// The reference data (532 territories, their LSG bodies, rates) and the 25 handbook case studies are
// loaded by the ordinary seed; on top of them, set-based INSERT … SELECT generate_series (no row-by-row
// client round trips): 20,000 organizations, 30,000 partnerships, 100,000 projects, 500,000 ledger
// lines, 300,000 outcomes, 20,000 memoranda. Places are skewed over all 470 aiyl okmots and towns (a few
// busy ones, a long tail), with rayon- and oblast-wide partnerships and projects spanning rayons and
// oblasts; texts in ky, ru and en (source language varies, half carry translations); a realistic mix of
// drafts, withheld amounts, unknown amounts, pledges, rates, taxes and unconverted currencies.
// Every "random" choice is a hash of the row number, so two runs give the same rows.
// Running it again on a complete dataset does nothing (`--force` drops the synthetic rows and reloads).
import { spawn } from 'node:child_process'
import pg from 'pg'

export const SCALE = {
  organizations: 20_000,
  partnerships: 30_000,
  projects: 100_000,
  contributions: 500_000,
  outcomes: 300_000,
  agreements: 20_000,
}

const force = process.argv.includes('--force')

if (process.env.BENCH_DATA_INNER !== '1') await launch()
else await generate(process.env.DATABASE_URL)

/** Picks the database and runs the generator against it (through the launcher for PGlite). */
async function launch() {
  const url = process.env.BENCH_DATABASE_URL
  const env = { ...process.env, BENCH_DATA_INNER: '1', PATH: `node_modules/.bin:${process.env.PATH}` }
  if (url) {
    await ensurePostgresDatabase(url)
    env.DATABASE_URL = url
    env.SHADOW_DATABASE_URL = ''
    process.exit(await run('node', [import.meta.filename, ...process.argv.slice(2)], env))
  }
  const dir = process.env.BENCH_PGLITE_DIR ?? '.data/bench'
  if (/(^|\/)\.data\/pglite\/?$/.test(dir)) fail('refusing to write synthetic data into the development database')
  Object.assign(env, {
    DATABASE_URL: '',
    SHADOW_DATABASE_URL: '',
    PGLITE_DIR: dir,
    PGLITE_PORT: process.env.BENCH_PGLITE_PORT ?? '5542',
  })
  process.exit(await run('node', ['scripts/with-db.mjs', 'node', import.meta.filename, ...process.argv.slice(2)], env))
}

export async function ensurePostgresDatabase(url) {
  const u = new URL(url)
  const name = decodeURIComponent(u.pathname.slice(1))
  if (!/^bench_[a-z0-9_]+$/.test(name)) fail(`the benchmark database must be named bench_…, not "${name}"`)
  const admin = new URL(url)
  admin.pathname = '/postgres'
  const client = new pg.Client({ connectionString: admin.toString() })
  await client.connect()
  const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])
  if (!rowCount) await client.query(`CREATE DATABASE "${name}"`)
  await client.end()
}

function run(cmd, args, env) {
  return new Promise((resolve) => spawn(cmd, args, { stdio: 'inherit', env }).on('exit', (code) => resolve(code ?? 1)))
}

function fail(message) {
  console.error(`[bench:data] ${message}`)
  process.exit(1)
}

async function generate(url) {
  const t0 = performance.now()
  const env = { ...process.env, SEED_CASEBOOK: '1' }
  if ((await run('prisma', ['migrate', 'deploy'], env)) !== 0) fail('migrate deploy failed')
  if ((await run('tsx', ['prisma/seed.ts', '--if-empty'], env)) !== 0) fail('seed failed')
  const tSeed = performance.now()

  const db = new pg.Client({ connectionString: url })
  await db.connect()
  const count = async (table) =>
    Number((await db.query(`SELECT count(*) AS n FROM "${table}" WHERE id LIKE 'bench-%'`)).rows[0].n)
  if (
    !force &&
    (await count('Contribution')) === SCALE.contributions &&
    (await count('Agreement')) === SCALE.agreements &&
    (await db.query(`SELECT EXISTS (SELECT 1 FROM "SearchDocument" WHERE "entityId" LIKE 'bench-%') AS done`)).rows[0]
      .done
  ) {
    console.log('[bench:data] the synthetic data is already complete; nothing to do (--force reloads it)')
    await db.end()
    return
  }
  const timings = []
  const step = async (label, sql, table) => {
    // A step whose rows are there already was completed by an earlier, interrupted run (each step is one
    // statement, so it is all there or not at all): skip it.
    if (table && !force) {
      const [name, column] = table.split('.')
      const check = table.startsWith('SELECT')
        ? table
        : `SELECT EXISTS (SELECT 1 FROM "${name}" WHERE "${column ?? 'id'}" LIKE 'bench-%') AS done`
      const { rows } = await db.query(check)
      if (rows[0].done) return console.log(`[bench:data] ${label}: there already`)
    }
    const t = performance.now()
    const res = await db.query(sql)
    const ms = performance.now() - t
    timings.push([label, ms])
    console.log(`[bench:data] ${label}: ${res.rowCount ?? ''} rows, ${(ms / 1000).toFixed(1)} s`)
  }
  for (const [label, sql, table] of statements()) await step(label, sql, table)
  await db.end()
  const total = (performance.now() - t0) / 1000
  console.log(
    `[bench:data] done in ${total.toFixed(0)} s (migrations and reference seed ${((tSeed - t0) / 1000).toFixed(0)} s, ` +
      `synthetic rows ${((performance.now() - tSeed) / 1000).toFixed(0)} s) on ${url.includes('@127.0.0.1:55') ? 'PGlite' : 'PostgreSQL'}`,
  )
}

/** The generator, in order. Identifiers: `bench-<kind>-<n>`; slugs likewise. */
function statements() {
  const S = SCALE
  // r(i, salt) in [0, 1): a hash of the row number, the same on every run and every server.
  const r = (i, salt) => `(((hashint8((${i})::bigint * 1000003 + ${salt}) & 2147483647)::float8) / 2147483648.0)`
  const pick = (i, salt, n) => `(1 + floor(${r(i, salt)} * ${n})::int)`
  const now = `TIMESTAMP '2026-11-01 00:00:00'`
  const localeOf = (i, salt) =>
    `(CASE WHEN ${r(i, salt)} < 0.45 THEN 'ru' WHEN ${r(i, salt)} < 0.8 THEN 'ky' ELSE 'en' END)`
  // {ky, ru, en}: the source language always; each other language on about half the rows.
  const text = (i, salt, ky, ru, en) => `(
    SELECT jsonb_object_agg(l, v) FROM (VALUES ('ky', ${ky}), ('ru', ${ru}), ('en', ${en})) AS x(l, v)
    WHERE l = ${localeOf(i, salt)} OR ${r(i, `${salt} + length(l)`)} < 0.5)`
  const stems = `(ARRAY['Ырыс','Айкол','Келечек','Билим','Мээрим','Жаштык','Ынтымак','Береке','Нур','Тоолук','Алга','Шерикте'])`
  const stemsEn = `(ARRAY['Yrys','Aikol','Kelechek','Bilim','Meerim','Jashtyk','Yntymak','Bereke','Nur','Tooluk','Alga','Sherikte'])`
  const themes = `(ARRAY['women','youth','children','health','education','water','agriculture','social-protection','legal-aid','migration','disability','elderly'])`
  const themesLen = 12

  return [
    [
      'drop earlier synthetic rows (--force)',
      force
        ? `DO $$ BEGIN
        DELETE FROM "AgreementParty" WHERE "agreementId" LIKE 'bench-%';
        DELETE FROM "Agreement" WHERE id LIKE 'bench-%';
        DELETE FROM "Outcome" WHERE id LIKE 'bench-%';
        DELETE FROM "Contribution" WHERE id LIKE 'bench-%';
        DELETE FROM "ProjectTerritory" WHERE "projectId" LIKE 'bench-%';
        DELETE FROM "Project" WHERE id LIKE 'bench-%';
        DELETE FROM "PartnershipTerritory" WHERE "partnershipId" LIKE 'bench-%';
        DELETE FROM "PartnershipParty" WHERE "partnershipId" LIKE 'bench-%';
        DELETE FROM "Partnership" WHERE id LIKE 'bench-%';
        DELETE FROM "Organization" WHERE id LIKE 'bench-%';
      END $$`
        : 'SELECT',
    ],
    // The search table's statement triggers (ADR 021) would refresh every touched document on each bulk
    // statement (the 500,000 ledger lines alone: over 45 min); they are off for the load, and the synthetic
    // records' documents are built once at the end, from the same "SearchSource".
    ['search triggers off for the bulk load', searchTriggers('DISABLE')],
    ['helper tables from an interrupted run', `DROP TABLE IF EXISTS bench_place, bench_lead`],
    // The 470 level-3 units in a fixed shuffled order, each with its rayon, oblast and LSG body; picking
    // index floor(470 · u^1.7) makes a few places busy and leaves a long tail (every place gets some).
    [
      'places',
      `CREATE TABLE bench_place AS
       SELECT row_number() OVER (ORDER BY hashtext(t.code), t.code)::int AS n, t.id, t.path, t."parentId" AS rayon,
              r."parentId" AS oblast,
              (SELECT o.id FROM "Organization" o WHERE o."governsTerritoryId" = t.id ORDER BY o.id LIMIT 1) AS lsg
       FROM "Territory" t JOIN "Territory" r ON r.id = t."parentId"
       WHERE t.level = 3`,
    ],
    ['places index', `CREATE UNIQUE INDEX ON bench_place (n)`],
    [
      'organizations',
      `INSERT INTO "Organization" (id, slug, kind, name, "sourceLocale", "homeTerritoryId", "foundedYear",
         "ownerOrganizationId", "publicationStatus", "createdAt", "updatedAt")
       SELECT 'bench-org-' || i, 'bench-org-' || i, k.kind::"OrganizationKind",
         ${text('i', 11, `${stems}[1 + i % 12] || '-' || i || ' ' || k.ky`, `k.ru || ' «' || ${stems}[1 + i % 12] || '-' || i || '»'`, `${stemsEn}[1 + i % 12] || '-' || i || ' ' || k.en`)},
         ${localeOf('i', 11)}::"Locale",
         (SELECT id FROM bench_place WHERE n = 1 + floor(470 * power(${r('i', 12)}, 1.7))::int),
         1992 + floor(${r('i', 13)} * 34)::int,
         'bench-org-' || i,
         (CASE WHEN ${r('i', 14)} < 0.88 THEN 'PUBLISHED' ELSE 'DRAFT' END)::"PublicationStatus", ${now}, ${now}
       FROM generate_series(1, ${S.organizations}) AS i
       CROSS JOIN LATERAL (SELECT * FROM (VALUES
         (0.00, 'PUBLIC_ASSOCIATION', 'коомдук бирикмеси', 'Общественное объединение', 'Public Association'),
         (0.45, 'PUBLIC_FOUNDATION', 'коомдук фонду', 'Общественный фонд', 'Public Foundation'),
         (0.60, 'INITIATIVE_GROUP', 'демилге тобу', 'Инициативная группа', 'Initiative Group'),
         (0.65, 'CSO_OTHER', 'уюму', 'Организация', 'Organization'),
         (0.70, 'BUSINESS', 'ЖЧК', 'ОсОО', 'LLC'),
         (0.78, 'COMMUNITY_GROUP', 'жамааты', 'Сообщество', 'Community'),
         (0.84, 'DONOR', 'фонду', 'Фонд', 'Fund'),
         (0.90, 'INTERNATIONAL_ORGANIZATION', 'эл аралык уюму', 'Международная организация', 'International'),
         (0.94, 'STATE_AGENCY', 'мамлекеттик агенттиги', 'Государственное агентство', 'State Agency'),
         (0.97, 'INSTITUTION', 'мекемеси', 'Учреждение', 'Institution')) AS v(lo, kind, ky, ru, en)
         WHERE v.lo <= ${r('i', 10)} ORDER BY v.lo DESC LIMIT 1) k`,
      'Organization',
    ],
    // Organizations that can lead a partnership (CSOs), numbered, and the donors.
    [
      'lead and donor lists',
      `CREATE TABLE bench_lead AS
       SELECT row_number() OVER (ORDER BY id)::int AS n, id, kind FROM "Organization"
       WHERE id LIKE 'bench-org-%' AND kind IN ('PUBLIC_ASSOCIATION','PUBLIC_FOUNDATION','INITIATIVE_GROUP','CSO_OTHER')`,
    ],
    ['lead index', `CREATE UNIQUE INDEX ON bench_lead (n)`],
    [
      'partnerships',
      `INSERT INTO "Partnership" (id, slug, title, summary, "sourceLocale", status, "startDate", "startPrecision",
         "endDate", "endPrecision", themes, "ownerOrganizationId", "publicationStatus", "createdAt", "updatedAt")
       SELECT 'bench-ps-' || j, 'bench-partnership-' || j,
         ${text('j', 21, `'Биргелешкен долбоор №' || j || ': ' || ${stems}[1 + j % 12]`, `'Партнёрство №' || j || ': ' || ${stems}[1 + j % 12]`, `'Partnership no. ' || j || ': ' || ${stemsEn}[1 + j % 12]`)},
         CASE WHEN ${r('j', 22)} < 0.7 THEN ${text('j', 21, `'Жергиликтүү өз алдынча башкаруу менен кызматташуу.'`, `'Сотрудничество с органом местного самоуправления.'`, `'Cooperation with the local self-government.'`)} END,
         ${localeOf('j', 21)}::"Locale",
         (ARRAY['PLANNED','ACTIVE','COMPLETED','COMPLETED','ACTIVE','UNKNOWN'])[1 + floor(${r('j', 23)} * 6)::int]::"PartnershipStatus",
         make_date(1998 + floor(${r('j', 24)} * 28)::int, 1 + floor(${r('j', 25)} * 12)::int, 1),
         (CASE WHEN ${r('j', 26)} < 0.5 THEN 'MONTH' ELSE 'YEAR' END)::"DatePrecision",
         CASE WHEN ${r('j', 27)} < 0.6 THEN make_date(LEAST(2026, 1999 + floor(${r('j', 24)} * 28)::int + floor(${r('j', 28)} * 4)::int), 12, 31) END,
         CASE WHEN ${r('j', 27)} < 0.6 THEN 'YEAR'::"DatePrecision" END,
         ARRAY[${themes}[1 + floor(${r('j', 29)} * ${themesLen})::int]] ||
           CASE WHEN ${r('j', 30)} < 0.4 THEN ARRAY[${themes}[1 + floor(${r('j', 31)} * ${themesLen})::int]] ELSE ARRAY[]::text[] END,
         l.id,
         (CASE WHEN ${r('j', 32)} < 0.8 THEN 'PUBLISHED' ELSE 'DRAFT' END)::"PublicationStatus", ${now}, ${now}
       FROM generate_series(1, ${S.partnerships}) AS j
       JOIN bench_lead l ON l.n = 1 + floor(${r('j', 20)} * (SELECT count(*) FROM bench_lead))::int`,
      'Partnership',
    ],
    // Where each partnership is: an aiyl okmot or town (85 %), a whole rayon (10 %) or oblast (5 %); 15 %
    // add a second aiyl okmot of the same rayon.
    [
      'partnership places',
      `INSERT INTO "PartnershipTerritory" ("partnershipId", "territoryId", "isPrimary")
       SELECT 'bench-ps-' || j,
         CASE WHEN ${r('j', 41)} < 0.85 THEN p.id WHEN ${r('j', 41)} < 0.95 THEN p.rayon ELSE p.oblast END, true
       FROM generate_series(1, ${S.partnerships}) AS j
       JOIN bench_place p ON p.n = 1 + floor(470 * power(${r('j', 40)}, 1.7))::int`,
      'PartnershipTerritory.partnershipId',
    ],
    [
      'partnership second places',
      `INSERT INTO "PartnershipTerritory" ("partnershipId", "territoryId", "isPrimary")
       SELECT DISTINCT ON (pt."partnershipId") pt."partnershipId", q.id, false
       FROM "PartnershipTerritory" pt
       JOIN bench_place p ON p.id = pt."territoryId"
       JOIN bench_place q ON q.rayon = p.rayon AND q.id <> p.id
       WHERE pt."partnershipId" LIKE 'bench-%' AND ${r(`substr(pt."partnershipId", 10)::int`, 42)} < 0.15
       ORDER BY pt."partnershipId", hashtext(q.id || pt."partnershipId")`,
      `SELECT EXISTS (SELECT 1 FROM "PartnershipTerritory" WHERE "partnershipId" LIKE 'bench-%' AND NOT "isPrimary") AS done`,
    ],
    [
      'partnership parties',
      `INSERT INTO "PartnershipParty" (id, "partnershipId", "organizationId", "nameAsReported", "partyType", "isLead", role, position)
       SELECT 'bench-pp-' || ps.id || '-' || x.pos, ps.id, x.org, coalesce(o.name->>'en', o.name->>'ru', o.name->>'ky', 'party'),
         x.type::"PartyType", x.pos = 0,
         CASE WHEN x.pos = 0 THEN '{"en":"lead","ru":"ведущий","ky":"жетекчи"}'::jsonb END, x.pos
       FROM "Partnership" ps
       JOIN "PartnershipTerritory" pt ON pt."partnershipId" = ps.id AND pt."isPrimary"
       CROSS JOIN LATERAL (VALUES
         (0, ps."ownerOrganizationId", 'CSO'),
         (1, (SELECT lsg FROM bench_place bp
              WHERE bp.id = pt."territoryId" OR bp.rayon = pt."territoryId" OR bp.oblast = pt."territoryId" ORDER BY bp.n LIMIT 1), 'LSG'),
         (2, CASE WHEN hashtext(ps.id) % 2 = 0 THEN 'bench-org-' || (1 + abs(hashtext(ps.id || 'd')) % ${S.organizations}) END, 'DONOR')
       ) AS x(pos, org, type)
       LEFT JOIN "Organization" o ON o.id = x.org
       WHERE ps.id LIKE 'bench-%' AND x.org IS NOT NULL`,
      'PartnershipParty',
    ],
    // 100,000 projects: 90 % in a partnership (at its place, 10 % also in a neighbour aiyl okmot, 4 % also
    // in another rayon, 1 % in another oblast), 10 % standalone in one place.
    [
      'projects',
      `INSERT INTO "Project" (id, "partnershipId", title, description, "sourceLocale", "periodAsReported", "startDate",
         "startPrecision", "endDate", "endPrecision", position, "ownerOrganizationId", "publicationStatus", "createdAt", "updatedAt")
       SELECT 'bench-pr-' || k,
         CASE WHEN ${r('k', 50)} < 0.9 THEN ps.id END,
         ${text('k', 51, `'Долбоор ' || k || ': ' || ${stems}[1 + k % 12] || ' айылы'`, `'Проект ' || k || ': село ' || ${stems}[1 + k % 12]`, `'Project ' || k || ': ' || ${stemsEn}[1 + k % 12] || ' village'`)},
         CASE WHEN ${r('k', 52)} < 0.5 THEN ${text('k', 51, `'Суу түтүгүн оңдоо.'`, `'Ремонт водопровода.'`, `'Repair of the water supply.'`)} END,
         ${localeOf('k', 51)}::"Locale",
         CASE WHEN ${r('k', 53)} < 0.1 THEN 'not stated' END,
         CASE WHEN ${r('k', 53)} >= 0.1 THEN make_date(1998 + floor(${r('k', 54)} * 28)::int, 1, 1) END,
         CASE WHEN ${r('k', 53)} >= 0.1 THEN 'YEAR'::"DatePrecision" END,
         CASE WHEN ${r('k', 53)} >= 0.1 THEN make_date(LEAST(2026, 1998 + floor(${r('k', 54)} * 28)::int + floor(${r('k', 55)} * 3)::int), 12, 31) END,
         CASE WHEN ${r('k', 53)} >= 0.1 THEN 'YEAR'::"DatePrecision" END,
         k % 4, ps."ownerOrganizationId",
         (CASE WHEN ${r('k', 56)} < 0.88 THEN 'PUBLISHED' ELSE 'DRAFT' END)::"PublicationStatus", ${now}, ${now}
       FROM generate_series(1, ${S.projects}) AS k
       JOIN "Partnership" ps ON ps.id = 'bench-ps-' || ${pick('k', 57, S.partnerships)}`,
      'Project',
    ],
    [
      'project places: attribution trigger off for the bulk load',
      `ALTER TABLE "ProjectTerritory" DISABLE TRIGGER project_territory_attribution`,
    ],
    [
      'project places',
      `INSERT INTO "ProjectTerritory" ("projectId", "territoryId")
       SELECT pr.id, coalesce(pt."territoryId", bp.id)
       FROM "Project" pr
       LEFT JOIN "PartnershipTerritory" pt ON pt."partnershipId" = pr."partnershipId" AND pt."isPrimary"
       LEFT JOIN bench_place bp ON pr."partnershipId" IS NULL
         AND bp.n = 1 + floor(470 * power(${r(`substr(pr.id, 10)::int`, 60)}, 1.7))::int
       WHERE pr.id LIKE 'bench-%'`,
      'ProjectTerritory.projectId',
    ],
    [
      'project second places',
      `INSERT INTO "ProjectTerritory" ("projectId", "territoryId")
       SELECT pr.id, q.id
       FROM "Project" pr
       JOIN "ProjectTerritory" pt ON pt."projectId" = pr.id
       JOIN bench_place p ON p.id = pt."territoryId"
       CROSS JOIN LATERAL (SELECT ${r(`substr(pr.id, 10)::int`, 61)} AS u) u
       CROSS JOIN LATERAL (
         SELECT q.id FROM bench_place q
         WHERE q.id <> p.id AND CASE WHEN u.u < 0.10 THEN q.rayon = p.rayon
           WHEN u.u < 0.14 THEN q.oblast = p.oblast AND q.rayon <> p.rayon ELSE q.oblast <> p.oblast END
         ORDER BY (q.n * 7919 + floor(u.u * 1000000)::int) % 470 LIMIT 1) q
       WHERE pr.id LIKE 'bench-%' AND u.u < 0.15
       ON CONFLICT DO NOTHING`,
      `SELECT count(*) > (SELECT count(*) FROM "Project" WHERE id LIKE 'bench-%') AS done FROM "ProjectTerritory" WHERE "projectId" LIKE 'bench-%'`,
    ],
    // What the trigger would have computed, set-based (the same rule: the longest shared path prefix).
    [
      'project attribution',
      `UPDATE "Project" p SET "attributedTerritoryId" = t.id, "placeCount" = a.n
       FROM (
         SELECT pt."projectId", count(*)::int AS n,
           CASE
             WHEN bool_and(cardinality(s) >= 3) AND count(DISTINCT array_to_string(s[1:3], '/')) = 1 THEN min(array_to_string(s[1:3], '/'))
             WHEN bool_and(cardinality(s) >= 2) AND count(DISTINCT array_to_string(s[1:2], '/')) = 1 THEN min(array_to_string(s[1:2], '/'))
             WHEN count(DISTINCT s[1]) = 1 THEN min(s[1])
           END AS common
         FROM "ProjectTerritory" pt
         CROSS JOIN LATERAL (SELECT string_to_array(tt.path, '/') AS s FROM "Territory" tt WHERE tt.id = pt."territoryId") x
         WHERE pt."projectId" LIKE 'bench-%'
         GROUP BY pt."projectId"
       ) a
       LEFT JOIN "Territory" t ON t.path = a.common
       WHERE p.id = a."projectId"`,
    ],
    [
      'project places: attribution trigger on',
      `ALTER TABLE "ProjectTerritory" ENABLE TRIGGER project_territory_attribution`,
    ],
    // The cost-share rollup (ADR 023) is filled once, set-based, after the ledger's bulk load.
    [
      'ledger: cost-share rollup trigger off for the bulk load',
      `ALTER TABLE "Contribution" DISABLE TRIGGER money_rollup_insert`,
    ],
    // Five ledger lines per project on average, in som (72 %), dollars (25 %) or euros (3 %), amounts
    // log-uniform from 1,000 to 5,000,000 som; 15 % state no amount, 5 % are withheld, 3 % pledges, 2 %
    // rates, 1.5 % taxes or conditions, 2 % unconverted, 8 % state a share; 92 % published.
    [
      'contributions',
      `INSERT INTO "Contribution" (id, "projectId", "partyForm", "partyOrganizationId", "partyNameAsReported", "partyType",
         kind, nature, "amountMinor", currency, "valueDate", "valueDatePrecision", "shareMin", "shareMax", basis, "rateUnit",
         "ratePeriod", "isPledge", "amountWithheld", "withheldByOrganizationId", "valuationBasis", "amountKgsMinor",
         "amountUsdMinor", "fxRateToKgs", "fxUsdRateToKgs", "fxRateDate", "fxRateSource", "fxEstimated", position,
         "ownerOrganizationId", "publicationStatus", "createdAt", "updatedAt")
       SELECT 'bench-c-' || m, pr.id,
         (CASE WHEN x.type = 'COMMUNITY' THEN 'COMMUNITY' ELSE 'ORGANIZATION' END)::"PartyForm",
         x.org, coalesce(o.name->>'en', o.name->>'ru', o.name->>'ky', 'Residents of the village'),
         x.type::"PartyType", x.kind::"ContributionKind",
         (CASE WHEN x.u < 0.010 THEN 'TAX' WHEN x.u < 0.015 THEN 'CONDITION' ELSE 'COST_SHARE' END)::"ContributionNature",
         CASE WHEN x.hasAmount THEN x.amount END,
         CASE WHEN x.hasAmount THEN x.cur END,
         CASE WHEN x.hasAmount THEN coalesce(pr."startDate", DATE '2010-01-01') END,
         CASE WHEN x.hasAmount THEN 'YEAR'::"DatePrecision" END,
         CASE WHEN x.u2 < 0.08 THEN round((0.05 + x.u3 * 0.5)::numeric, 2) END,
         CASE WHEN x.u2 < 0.08 THEN round((0.05 + x.u3 * 0.5)::numeric, 2) END,
         (CASE WHEN x.u BETWEEN 0.015 AND 0.035 THEN 'RATE' ELSE 'LUMP_SUM' END)::"ContributionBasis",
         CASE WHEN x.u BETWEEN 0.015 AND 0.035 THEN 'day' END,
         CASE WHEN x.u BETWEEN 0.015 AND 0.035 THEN 'DAY'::"RatePeriod" END,
         x.u BETWEEN 0.035 AND 0.065,
         x.hasAmount AND x.u BETWEEN 0.065 AND 0.115,
         CASE WHEN x.hasAmount AND x.u BETWEEN 0.065 AND 0.115 THEN pr."ownerOrganizationId" END,
         CASE WHEN x.hasAmount AND x.kind <> 'CASH' THEN 'CONTRIBUTOR_ESTIMATE'::"ValuationBasis" END,
         CASE WHEN x.hasAmount AND x.u4 >= 0.02 THEN (x.amount * x.toKgs)::bigint END,
         CASE WHEN x.hasAmount AND x.u4 >= 0.02 THEN (x.amount * x.toKgs / x.usd)::bigint END,
         CASE WHEN x.hasAmount AND x.u4 >= 0.02 THEN x.toKgs::numeric(18, 6) END,
         CASE WHEN x.hasAmount AND x.u4 >= 0.02 THEN x.usd::numeric(18, 6) END,
         CASE WHEN x.hasAmount AND x.u4 >= 0.02 THEN make_date(x.year, 1, 1) END,
         CASE WHEN x.hasAmount AND x.u4 >= 0.02 THEN 'synthetic benchmark rate' END,
         x.hasAmount AND x.cur = 'EUR',
         m % 5, pr."ownerOrganizationId",
         (CASE WHEN ${r('m', 79)} < 0.92 THEN 'PUBLISHED' ELSE 'DRAFT' END)::"PublicationStatus", ${now}, ${now}
       FROM generate_series(1, ${S.contributions}) AS m
       JOIN "Project" pr ON pr.id = 'bench-pr-' || (1 + (m - 1) / 5)
       CROSS JOIN LATERAL (
         SELECT *, CASE cur WHEN 'KGS' THEN 1 WHEN 'USD' THEN usd ELSE usd * 1.2 END AS toKgs FROM (
         SELECT
           ${r('m', 71)} AS u, ${r('m', 72)} AS u2, ${r('m', 73)} AS u3, ${r('m', 74)} AS u4,
           ${r('m', 75)} >= 0.15 AS hasAmount,
           (100 * power(5000, ${r('m', 76)}) * 1000)::bigint AS amount,
           CASE WHEN ${r('m', 77)} < 0.72 THEN 'KGS' WHEN ${r('m', 77)} < 0.97 THEN 'USD' ELSE 'EUR' END AS cur,
           extract(year FROM coalesce(pr."startDate", DATE '2010-01-01'))::int AS year,
           (40 + (extract(year FROM coalesce(pr."startDate", DATE '2010-01-01')) - 1998) * 1.7)::float8 AS usd,
           t.type, t.org,
           (ARRAY['CASH','CASH','CASH','CASH','LABOUR','LABOUR','MATERIALS','MATERIALS','PREMISES','EQUIPMENT','EXPERTISE','LAND','IN_KIND_UNSPECIFIED'])[1 + floor(${r('m', 78)} * 13)::int] AS kind
         FROM (SELECT
           CASE WHEN v < 0.35 THEN 'CSO' WHEN v < 0.60 THEN 'LSG' WHEN v < 0.72 THEN 'DONOR' WHEN v < 0.80 THEN 'COMMUNITY'
                WHEN v < 0.87 THEN 'BUSINESS' WHEN v < 0.93 THEN 'STATE' WHEN v < 0.97 THEN 'INTERNATIONAL' ELSE 'OTHER' END AS type,
           CASE WHEN v < 0.35 THEN pr."ownerOrganizationId"
                WHEN v < 0.60 THEN (SELECT lsg FROM bench_place WHERE n = 1 + floor(${r('m', 81)} * 470)::int)
                WHEN v < 0.72 OR v >= 0.80 THEN 'bench-org-' || ${pick('m', 82, S.organizations)} END AS org
           FROM (SELECT ${r('m', 70)} AS v) v) t) y) x
       LEFT JOIN "Organization" o ON o.id = x.org`,
      'Contribution',
    ],
    ['ledger: cost-share rollup trigger on', `ALTER TABLE "Contribution" ENABLE TRIGGER money_rollup_insert`],
    ['cost-share rollup', `SELECT money_rollup_rebuild()`],
    // Three figures per project: results (60 %), targets, baselines, context; half name a theme of their own.
    [
      'outcomes',
      `INSERT INTO "Outcome" (id, "projectId", indicator, value, qualifier, unit, kind, date, "datePrecision",
         disaggregation, theme, position, "ownerOrganizationId", "publicationStatus", "createdAt", "updatedAt")
       SELECT 'bench-o-' || n, pr.id,
         (ARRAY['{"en":"people with clean water","ru":"жители с чистой водой","ky":"таза суу алган тургундар"}',
                '{"en":"children enrolled","ru":"детей охвачено","ky":"камтылган балдар"}',
                '{"en":"trainings held","ru":"проведено тренингов","ky":"өткөрүлгөн тренингдер"}',
                '{"en":"hectares irrigated","ru":"гектаров орошено","ky":"сугарылган гектар"}',
                '{"en":"jobs created","ru":"создано рабочих мест","ky":"түзүлгөн жумуш орундары"}'])[1 + n % 5]::jsonb,
         round((1 + power(10000, ${r('n', 91)}))::numeric, 0),
         (ARRAY['EXACT','EXACT','EXACT','ABOUT','MORE_THAN','AT_LEAST'])[1 + floor(${r('n', 92)} * 6)::int]::"ValueQualifier",
         (ARRAY['{"en":"people","ru":"человек","ky":"адам"}','{"en":"children","ru":"детей","ky":"бала"}',
                '{"en":"trainings","ru":"тренингов","ky":"тренинг"}','{"en":"ha","ru":"га","ky":"га"}',
                '{"en":"jobs","ru":"рабочих мест","ky":"жумуш орду"}'])[1 + n % 5]::jsonb,
         (CASE WHEN ${r('n', 93)} < 0.60 THEN 'ACTUAL' WHEN ${r('n', 93)} < 0.80 THEN 'TARGET' WHEN ${r('n', 93)} < 0.95 THEN 'BASELINE' ELSE 'CONTEXT' END)::"OutcomeKind",
         pr."endDate", CASE WHEN pr."endDate" IS NOT NULL THEN 'YEAR'::"DatePrecision" END,
         CASE WHEN ${r('n', 94)} < 0.2 THEN jsonb_build_object('sex', jsonb_build_object('female', 60, 'male', 40)) END,
         CASE WHEN ${r('n', 95)} < 0.5 THEN ${themes}[1 + floor(${r('n', 96)} * ${themesLen})::int] END,
         n % 3, pr."ownerOrganizationId",
         (CASE WHEN ${r('n', 97)} < 0.9 THEN 'PUBLISHED' ELSE 'DRAFT' END)::"PublicationStatus", ${now}, ${now}
       FROM generate_series(1, ${S.outcomes}) AS n
       JOIN "Project" pr ON pr.id = 'bench-pr-' || (1 + (n - 1) / 3)`,
      'Outcome',
    ],
    // Memoranda of 20,000 distinct partnerships (7 is prime to 30,000), with the lead CSO and the LSG as parties.
    [
      'memoranda',
      `INSERT INTO "Agreement" (id, "partnershipId", kind, subject, "sourceLocale", "signedDate", "signedPrecision",
         "effectiveDate", "effectivePrecision", "expiryDate", "expiryPrecision", status, "terminatedDate", "ownerOrganizationId",
         "publicationStatus", "createdAt", "updatedAt")
       SELECT 'bench-a-' || a, ps.id,
         (ARRAY['MEMORANDUM_OF_UNDERSTANDING','MEMORANDUM_OF_UNDERSTANDING','MEMORANDUM_OF_COOPERATION','PARTNERSHIP_AGREEMENT'])[1 + a % 4]::"AgreementKind",
         ${text('a', 101, `'Кызматташуу жөнүндө меморандум №' || a`, `'Меморандум о сотрудничестве №' || a`, `'Memorandum of cooperation no. ' || a`)},
         ${localeOf('a', 101)}::"Locale",
         d.signed, 'DAY'::"DatePrecision", d.signed, 'DAY'::"DatePrecision",
         CASE WHEN ${r('a', 102)} < 0.8 THEN d.signed + (365 * (1 + floor(${r('a', 103)} * 5)))::int END,
         CASE WHEN ${r('a', 102)} < 0.8 THEN 'DAY'::"DatePrecision" END,
         d.status::"AgreementStatus",
         CASE WHEN d.status = 'TERMINATED' THEN d.signed + 400 END,
         ps."ownerOrganizationId",
         (CASE WHEN ${r('a', 105)} < 0.8 THEN 'PUBLISHED' ELSE 'DRAFT' END)::"PublicationStatus", ${now}, ${now}
       FROM generate_series(1, ${S.agreements}) AS a
       JOIN "Partnership" ps ON ps.id = 'bench-ps-' || (1 + (a * 7) % ${S.partnerships})
       CROSS JOIN LATERAL (SELECT make_date(2005 + floor(${r('a', 106)} * 21)::int, 1 + a % 12, 1 + a % 28) AS signed,
         (ARRAY['ACTIVE','ACTIVE','UNKNOWN','TERMINATED','SUSPENDED'])[1 + floor(${r('a', 104)} * 5)::int] AS status) d`,
      'Agreement',
    ],
    [
      'memorandum parties',
      `INSERT INTO "AgreementParty" (id, "agreementId", "organizationId", "nameAsReported", "partyType", "signatoryName",
         "signatoryTitle", "signedDate", "signedPrecision", position)
       SELECT 'bench-ap-' || a.id || '-' || pp.position, a.id, pp."organizationId", pp."nameAsReported", pp."partyType",
         CASE WHEN pp.position = 0 THEN 'Director' ELSE 'Head of the aiyl okmot' END,
         CASE WHEN pp.position = 0 THEN 'Director' ELSE 'Head' END, a."signedDate", 'DAY'::"DatePrecision", pp.position
       FROM "Agreement" a JOIN "PartnershipParty" pp ON pp."partnershipId" = a."partnershipId" AND pp.position < 2
       WHERE a.id LIKE 'bench-%'`,
      'AgreementParty',
    ],
    ['helper tables', `DROP TABLE bench_place, bench_lead`],
    ['search triggers on', searchTriggers('ENABLE')],
    // Statistics first: the documents are built by joins over the fresh tables.
    ['analyze', `ANALYZE`],
    [
      'search documents',
      // search_refresh (ADR 021) writes each kind's documents from "SearchSource", as every trigger does.
      `SELECT search_refresh(s.entity, array_agg(s."entityId"))
       FROM (SELECT entity, "entityId" FROM "SearchSource" WHERE "entityId" LIKE 'bench-%') s GROUP BY s.entity`,
      'SearchDocument.entityId',
    ],
    ['analyze the search table', `ANALYZE "SearchDocument"`],
  ]
}

/** ALTER TABLE … DISABLE/ENABLE TRIGGER for every search trigger (search_insert, search_update, search_delete). */
function searchTriggers(verb) {
  return `DO $$ DECLARE t record; BEGIN
    FOR t IN SELECT c.relname, g.tgname FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid
      WHERE g.tgname IN ('search_insert', 'search_update', 'search_delete') LOOP
      EXECUTE format('ALTER TABLE %I ${verb} TRIGGER %I', t.relname, t.tgname);
    END LOOP;
  END $$`
}
