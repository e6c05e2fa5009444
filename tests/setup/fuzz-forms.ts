// Generated form input for the fuzzing (issue 10, item 8): a valid form of each action, and arbitraries
// that replace some of its fields with what an attacker or a careless paste sends — wrong types, huge
// and empty strings, control, bidi and zero-width characters, HTML, negative, NaN and huge amounts,
// impossible and reversed dates, ids of records that do not exist. Shared by the in-process schema
// fuzzing (unit) and the fuzzing through the actions against the database (integration).
import { randomUUID } from 'node:crypto'
import fc from 'fast-check'
import { MAX_AMOUNT_MINOR } from '@/lib/forms/fields'
import type { FormInput } from './forms'

/** A record id of the right shape that names nothing. */
export const foreignId = () => `c${randomUUID().replace(/-/g, '').slice(0, 24)}`

/** The ids a valid form names (the integration fuzzing passes real ones). */
export type FormIds = { org: string; otherOrg: string; lsg: string; donor: string; territory: string }

/** A valid form for each action that has one, by action name. */
export function validForms(ids: FormIds): Record<string, () => FormInput> {
  const partnership = (): FormInput => ({
    title: { en: 'Fuzzed partnership' },
    summary: { en: 'What it does' },
    sourceLocale: 'en',
    status: 'ACTIVE',
    startDate: '2023',
    endDate: '2024-06',
    internalNote: 'note',
    parties: [{ organizationId: ids.org, isLead: 'on' }, { organizationId: ids.lsg }],
    territoryIds: [ids.territory],
    submissionKey: randomUUID(),
  })
  const project = (): FormInput => ({
    title: { en: 'Fuzzed project' },
    sourceLocale: 'en',
    startDate: '2023-01',
    endDate: '2024',
    territoryIds: [ids.territory],
    submissionKey: randomUUID(),
  })
  const line = (): FormInput => ({
    partyForm: 'ORGANIZATION',
    partyOrganizationId: ids.org,
    kind: 'CASH',
    amount: '1 500,50',
    currency: 'KGS',
    valueDate: '2024',
    shareMin: '10',
    shareMax: '20',
    note: { en: 'Cash' },
    submissionKey: randomUUID(),
  })
  const outcome = (): FormInput => ({
    indicator: { en: 'People served' },
    kind: 'ACTUAL',
    value: '100',
    qualifier: 'EXACT',
    unit: { en: 'people' },
    date: '2024',
    sex: { female: '40', male: '50' },
    submissionKey: randomUUID(),
  })
  const grant = (): FormInput => ({
    title: { en: 'Fuzzed grant' },
    funderId: ids.donor,
    recipientId: ids.org,
    amount: '5000',
    currency: 'USD',
    valueDate: '2024-03',
    startDate: '2024',
    endDate: '2025',
    submissionKey: randomUUID(),
  })
  const programme = (): FormInput => ({
    title: { en: 'Fuzzed programme' },
    sourceLocale: 'en',
    startDate: '2020',
    endDate: '2024',
    budget: '100000',
    budgetCurrency: 'USD',
    parties: [{ organizationId: ids.org, role: 'IMPLEMENTER' }],
    territoryIds: [ids.territory],
    submissionKey: randomUUID(),
  })
  const organization = (): FormInput => ({
    name: { en: `Fuzzed organization ${randomUUID().slice(0, 8)}` },
    sourceLocale: 'en',
    kind: 'PUBLIC_ASSOCIATION',
    foundedYear: '2001',
    contactEmail: 'info@example.org',
    contactPhone: '+996 555 000 000',
    internalNote: 'note',
    submissionKey: randomUUID(),
  })
  const caseStudy = (): FormInput => ({
    title: { en: 'Fuzzed case study' },
    sourceLocale: 'en',
    sections: [{ kind: 'SUMMARY', body: { en: 'A story.' }, status: { en: 'ORIGINAL' } }],
    submissionKey: randomUUID(),
  })
  const memorandum = (): FormInput => ({
    kind: 'MEMORANDUM_OF_COOPERATION',
    subject: { en: 'Fuzzed memorandum' },
    sourceLocale: 'en',
    status: 'ACTIVE',
    signedDate: '2024-01-10',
    effectiveDate: '2024-02',
    expiryDate: '2026',
    documentRef: 'No. 1',
    parties: [
      { organizationId: ids.org, signatoryName: 'A. Person', signedDate: '2024-01-10' },
      { organizationId: ids.lsg },
    ],
    submissionKey: randomUUID(),
  })
  const update = (f: () => FormInput) => () => {
    const { submissionKey: _, ...rest } = f()
    return { ...rest, version: '1' }
  }
  const password = { password: 'a long new password', passwordConfirm: 'a long new password' }
  return {
    createPartnershipAction: partnership,
    updatePartnershipAction: update(partnership),
    createProjectAction: project,
    updateProjectAction: update(project),
    createContributionAction: line,
    updateContributionAction: update(line),
    createOutcomeAction: outcome,
    updateOutcomeAction: update(outcome),
    createGrantAction: grant,
    updateGrantAction: update(grant),
    createProgrammeAction: programme,
    updateProgrammeAction: update(programme),
    createOrganizationAction: organization,
    updateOrganizationAction: update(organization),
    createCaseStudyAction: caseStudy,
    updateCaseStudyAction: update(caseStudy),
    createMemorandumAction: memorandum,
    updateMemorandumAction: update(memorandum),
    addAmendmentAction: () => ({
      date: '2024-06-01',
      summary: { en: 'Amended' },
      version: '1',
      submissionKey: randomUUID(),
    }),
    renewMemorandumAction: () => ({
      signedDate: '2026-01-10',
      expiryDate: '2028',
      version: '1',
      submissionKey: randomUUID(),
    }),
    terminateMemorandumAction: () => ({ date: '2025-01-01', reason: { en: 'Ended' }, version: '1' }),
    answerConfirmationAction: () => ({ state: 'DISPUTED', comment: 'Not what we gave' }),
    inviteUserAction: () => ({ email: `fuzz-${randomUUID().slice(0, 8)}@test.example`, globalRole: 'USER' }),
    addMembershipAction: () => ({ organizationId: ids.otherOrg, role: 'VIEWER' }),
    acceptInvitationAction: () => ({ name: 'Invited person', ...password }),
    resetPasswordAction: () => password,
    requestPasswordResetAction: () => ({ email: 'someone@example.org' }),
    suggestCorrectionAction: () => ({
      message: 'The figure is 1 200, not 12 000.',
      contactEmail: 'reader@example.org',
    }),
    // The files travel beside the schema's fields (read apart from the form's schema).
    checkImportAction: () => ({ organizationId: ids.org }),
    commitImportAction: () => ({ organizationId: ids.org, sha256: 'a'.repeat(64) }),
    undoImportAction: () => ({ organizationId: ids.org }),
    mergeOrganizationsAction: () => ({ mergedId: ids.otherOrg }),
    signInAction: () => ({ email: 'someone@example.org', password: 'secret password', next: '/en/manage' }),
  }
}

/** Form fields as the browser names them: {title: {en}} → "title.en", lists → "x.0.y" or "ids[]". */
export function flatten(input: FormInput, prefix = ''): [string, string][] {
  return Object.entries(input).flatMap(([k, v]): [string, string][] => {
    const name = prefix + k
    if (v === undefined) return []
    if (typeof v === 'string') return [[name, v]]
    if (Array.isArray(v))
      return v.every((x) => typeof x === 'string')
        ? (v as string[]).map((x): [string, string] => [`${name}[]`, x])
        : v.flatMap((x, i) => flatten(x as FormInput, `${name}.${i}.`))
    return flatten(v as FormInput, `${name}.`)
  })
}

const SPECIALS = [
  '\u202E',
  '\u202A',
  '\u2066',
  '\u200B',
  '\u200D',
  '\uFEFF',
  '\u2060',
  '\u0000',
  '\u001B[31m',
  '\u0007',
  '\u007F',
  '\u0085',
  '\u2028',
  '\r\n',
  '\t',
]
const HTML = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  '\'; DROP TABLE "User"; --',
]

/** Text: arbitrary code points, invisible and control characters mixed into words, HTML, huge and empty. */
const nastyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc
    .tuple(fc.string({ maxLength: 10 }), fc.constantFrom(...SPECIALS), fc.string({ maxLength: 10 }))
    .map(([a, s, b]) => a + s + b),
  fc.constantFrom(...SPECIALS, ...HTML, '', ' ', '   ', '\u200B\u200B', '\u202E\u200B '),
  fc.constantFrom(300, 301, 2001, 4001, 20_001, 100_000).map((n) => 'я'.repeat(n)),
)

/** Amounts and numbers: negative, NaN, infinite, exponent, huge, too many decimals, other digits. */
const nastyNumber = fc.oneof(
  fc.constantFrom(
    '-1',
    '-0',
    '0',
    'NaN',
    'Infinity',
    '-Infinity',
    '1e309',
    '1e5',
    '0x10',
    '١٢٣',
    '１２３',
    '1,5',
    '1.555',
  ),
  fc.constantFrom('10000000000', '10000000000.01', '9999999999.99', '99999999999999999', '10 000 000 000', "1'000"),
  fc.double().map(String),
  fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }).map(String),
  fc.integer({ min: -200, max: 200 }).map(String),
)

/** Dates: impossible, out of range, odd formats, and ordinary ones (reversed pairs come from mixing these). */
const nastyDate = fc.oneof(
  fc.constantFrom(
    '2024-02-30',
    '2023-02-29',
    '2024-13',
    '2024-00-10',
    '0000',
    '1899',
    '2101',
    '99999',
    '2024-1-1',
    '24',
  ),
  fc
    .tuple(fc.integer({ min: 1890, max: 2110 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
    .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  fc.integer({ min: 1890, max: 2110 }).map(String),
)

/** Ids: foreign (right shape, no record), wrong shape, injection. */
const nastyId = fc.oneof(
  fc.constant(null).map(() => foreignId()),
  fc.constantFrom('', 'C'.repeat(25), "' OR 1=1 --", '__proto__', 'c' + 'a'.repeat(100), '../../etc/passwd'),
  fc.stringMatching(/^[a-z0-9]{18,42}$/),
)

/** Any of the above, or a value of the form's own choices (a valid value in another field). */
export const nastyValue = fc.oneof(nastyText, nastyNumber, nastyDate, nastyId)

/** Not text at all: what a forged request can put into a parsed body (wrong types). */
export const wrongType = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, Number.NaN, Number.POSITIVE_INFINITY, 1e308, [], {}, ['a', 'b']),
  fc.anything({ maxDepth: 2, maxKeys: 3 }),
)

/**
 * A mutated form: the valid fields with each one replaced (about one in four) by a nasty value, some
 * fields dropped, and now and then a field the form does not have.
 */
export function mutatedForm(base: () => FormInput) {
  const fields = flatten(base())
  const extraNames = fc.constantFrom(
    'title.ky',
    'name.ru',
    'parties.7.organizationId',
    'territoryIds[]',
    '__proto__.admin',
    'constructor.prototype.x',
    'ownerOrganizationId',
    'isAdmin',
    'version',
  )
  return fc
    .tuple(
      fc.tuple(
        ...fields.map(([name, value]) =>
          fc.oneof(
            { weight: 12, arbitrary: fc.constant<[string, string] | null>([name, value]) },
            { weight: 2, arbitrary: nastyValue.map((v): [string, string] => [name, v]) },
            { weight: 1, arbitrary: fc.constant(null) },
          ),
        ),
      ),
      fc.array(fc.tuple(extraNames, nastyValue), { maxLength: 2 }),
    )
    .map(([kept, extra]) => [...kept.filter((x): x is [string, string] => x !== null), ...extra])
}

// Characters no stored text may hold: C0/C1 controls (a multi-line field keeps tab and line feed),
// bidi embeddings, overrides and isolates, zero-width characters.
const FORBIDDEN = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u200B-\u200D\u2060\uFEFF]/
// Passwords are kept exactly as typed (they are hashed, never shown).
const VERBATIM = /^password(Confirm)?$/
const AMOUNTS = /^(amount|budget|amountMinor|budgetMinor)$/
/** A Prisma Decimal (checked by its field, above, not walked into). */
const isDecimal = (v: unknown) =>
  typeof v === 'object' && v !== null && typeof (v as { toFixed?: unknown }).toFixed === 'function'

/** What an accepted form value or a stored row breaks, if anything (an empty list: it keeps every invariant). */
export function invariantsBroken(value: unknown, path: string[] = []): string[] {
  const at = path.join('.') || '(root)'
  if (typeof value === 'string') {
    if (VERBATIM.test(path[path.length - 1] ?? '')) return []
    return FORBIDDEN.test(value) ? [`${at}: invisible or control character ${JSON.stringify(value.slice(0, 40))}`] : []
  }
  // Amounts as entered (a conversion to som may be larger than any amount one can type).
  if (typeof value === 'bigint')
    return AMOUNTS.test(path[path.length - 1] ?? '') && (value < 0n || value > MAX_AMOUNT_MINOR)
      ? [`${at}: amount ${value} out of bounds`]
      : []
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [`${at}: number ${value}`]
  if (value instanceof Date) {
    const y = value.getUTCFullYear()
    return Number.isNaN(y) || y < 1900 || y > 2100 ? [`${at}: date ${value.toISOString?.()}`] : []
  }
  if (isDecimal(value)) return []
  if (Array.isArray(value)) return value.flatMap((v, i) => invariantsBroken(v, [...path, String(i)]))
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>
    const out = Object.entries(o).flatMap(([k, v]) => invariantsBroken(v, [...path, k]))
    // A parsed partial date is {date, precision}; a stored one a Date.
    const time = (k: string) => {
      const v = o[k] instanceof Date ? o[k] : (o[k] as { date?: unknown } | null | undefined)?.date
      return v instanceof Date ? v.getTime() : undefined
    }
    for (const [start, end] of [
      ['startDate', 'endDate'],
      ['signedDate', 'expiryDate'],
      ['effectiveDate', 'expiryDate'],
    ]) {
      const [s, e] = [time(start), time(end)]
      if (s !== undefined && e !== undefined && e < s) out.push(`${at}: ${end} before ${start}`)
    }
    // Shares (decimal text, or a stored Decimal) are fractions 0..1; a measured value is a finite number ≥ 0.
    const num = (k: string) =>
      o[k] === null || o[k] === undefined || typeof o[k] === 'boolean' ? undefined : Number(String(o[k]))
    for (const k of ['shareMin', 'shareMax']) {
      const n = num(k)
      if (n !== undefined && !(n >= 0 && n <= 1)) out.push(`${at}.${k}: share ${String(o[k])}`)
    }
    const [min, max] = [num('shareMin'), num('shareMax')]
    if (min !== undefined && max !== undefined && min > max) out.push(`${at}: shareMin above shareMax`)
    const v = num('value')
    if (v !== undefined && !(v >= 0 && Number.isFinite(v))) out.push(`${at}.value: ${String(o.value)}`)
    return out
  }
  return []
}
