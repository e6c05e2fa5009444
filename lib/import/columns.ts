// The import format: every sheet (XLSX) or file (CSV) of an import, its columns, their types and their
// notes in three languages. One definition drives the parser (lib/import/parse.ts), the checks
// (lib/import/stage.ts), the templates and the data dictionary (lib/import/template.ts), the export
// (lib/import/export.ts) and the tables of docs/IMPORT.md (`npm run import:docs`). Pure: no server imports.
import {
  ContributionKind,
  ContributionNature,
  OrganizationKind,
  OutcomeKind,
  PartnershipStatus,
  PartyType,
  ValuationBasis,
  ValueQualifier,
} from '@/lib/generated/prisma/enums'
import { quantityUnits } from '@/lib/contributions/units'
import { currencies } from '@/lib/money/minor'
import { themes } from '@/lib/themes'

export type Notes = { en: string; ru: string; ky: string }

/** Kinds of record an import carries, in the order they are read (a row may refer to rows of earlier kinds). */
export const importKinds = [
  'organizations',
  'programmes',
  'partnerships',
  'projects',
  'grants',
  'contributions',
  'outcomes',
] as const
export type ImportKind = (typeof importKinds)[number]

export type ColumnType =
  | { t: 'externalId' }
  | { t: 'text'; max: number }
  | { t: 'choice'; values: readonly string[] }
  | { t: 'choices'; values: readonly string[] }
  | { t: 'date' }
  | { t: 'amount' }
  | { t: 'decimal' }
  | { t: 'integer'; min: number; max: number }
  | { t: 'percent' }
  | { t: 'yesNo' }
  | { t: 'publication' }
  /** One record of this import's kind: its external id (this file or earlier imports), or its registry id. */
  | { t: 'ref'; kind: Exclude<ImportKind, 'organizations'> }
  /** One organization: external id, registry id, slug, TIN or exact name. */
  | { t: 'org' }
  | { t: 'orgs' }
  | { t: 'place' }
  | { t: 'places' }

export type Column = {
  /** The header, exactly (case and surrounding spaces are ignored when reading). */
  name: string
  type: ColumnType
  required?: boolean
  /** The record's field it fills (for the writer and the export). */
  field: string
  notes: Notes
  example?: string
}

/** A cell holding exactly this erases the stored value; a blank cell leaves it as it is. */
export const CLEAR_MARKER = '#clear'
/** Separator of lists in one cell (places, organizations, themes). */
export const LIST_SEPARATOR = ';'

function col(name: string, field: string, type: ColumnType, notes: Notes, extra: Partial<Column> = {}): Column {
  return { name, field, type, notes, ...extra }
}

const refKinds = { partnership: 'partnerships', programme: 'programmes', project: 'projects' } as const

/** A column naming another record (`<name>` → field `<name>Id`) by its external id or registry id. */
function ref(name: keyof typeof refKinds, what: Notes, extra: Partial<Column> = {}): Column {
  return col(name, `${name}Id`, { t: 'ref', kind: refKinds[name] }, refNotes(refKinds[name], what), extra)
}

/** Three columns `<base>_ky`, `<base>_ru`, `<base>_en` for a text kept in three languages. */
function localized(base: string, field: string, max: number, what: Notes, required = false): Column[] {
  const lang = {
    ky: ['кыргызча', 'на кыргызском', 'in Kyrgyz'],
    ru: ['орусча', 'на русском', 'in Russian'],
    en: ['англисче', 'на английском', 'in English'],
  } as const
  return (['ky', 'ru', 'en'] as const).map((l) =>
    col(
      `${base}_${l}`,
      `${field}.${l}`,
      { t: 'text', max },
      {
        ky: `${what.ky} (${lang[l][0]})${required ? '. Үч тилдин жок дегенде бирөө толтурулат.' : ''}`,
        ru: `${what.ru} (${lang[l][1]})${required ? '. Нужен хотя бы один из трёх языков.' : ''}`,
        en: `${what.en} (${lang[l][2]})${required ? '. At least one of the three languages is required.' : ''}`,
      },
    ),
  )
}

const externalId = col(
  'external_id',
  'externalId',
  { t: 'externalId' },
  {
    en: 'Your stable identifier of the row (up to 100 letters, digits, . _ - : /). The same id updates the same record on the next import. Unique within your organization.',
    ru: 'Ваш постоянный идентификатор строки (до 100 букв, цифр и знаков . _ - : /). С тем же идентификатором следующий импорт обновит ту же запись. Уникален в пределах вашей организации.',
    ky: 'Саптын туруктуу идентификатору (100гө чейин тамга, сан жана . _ - : / белгилери). Кийинки импортто ошол эле идентификатор ошол эле жазууну жаңылайт. Уюмуңуздун ичинде кайталанбайт.',
  },
  { required: true, example: 'prog-2024-001' },
)

const sourceLocale = col(
  'source_locale',
  'sourceLocale',
  { t: 'choice', values: ['ky', 'ru', 'en'] },
  {
    en: 'The language the texts were written in: ky, ru or en. Blank: the first language filled in.',
    ru: 'Язык, на котором написаны тексты: ky, ru или en. Пусто — первый заполненный язык.',
    ky: 'Тексттер жазылган тил: ky, ru же en. Бош болсо — биринчи толтурулган тил.',
  },
)

const publication = col(
  'publication',
  'publicationStatus',
  { t: 'publication' },
  {
    en: 'draft (seen only by your organization) or published. Blank on a new record: draft.',
    ru: 'draft (видно только вашей организации) или published (опубликовано). Пусто у новой записи — draft.',
    ky: 'draft (уюмуңузга гана көрүнөт) же published (жарыяланган). Жаңы жазууда бош болсо — draft.',
  },
)

const dateNotes = (what: Notes): Notes => ({
  en: `${what.en}: YYYY, YYYY-MM or YYYY-MM-DD (a year or a month alone is kept as such).`,
  ru: `${what.ru}: ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД (только год или месяц так и сохраняется).`,
  ky: `${what.ky}: ЖЖЖЖ, ЖЖЖЖ-АА же ЖЖЖЖ-АА-КК (жыл же ай гана болсо, ошондой сакталат).`,
})
const startDate = col(
  'start_date',
  'startDate',
  { t: 'date' },
  dateNotes({ en: 'Start', ru: 'Начало', ky: 'Башталышы' }),
  {
    example: '2019-10',
  },
)
const endDate = col('end_date', 'endDate', { t: 'date' }, dateNotes({ en: 'End', ru: 'Окончание', ky: 'Аякташы' }), {
  example: '2024-09',
})

const amountNotes = (what: Notes): Notes => ({
  en: `${what.en}, in the currency's units (som, dollars), e.g. 1500000 or 1 500 000,50. Blank: not known (never write 0 for unknown).`,
  ru: `${what.ru}, в единицах валюты (сомы, доллары), например 1500000 или 1 500 000,50. Пусто — неизвестно (не пишите 0 вместо «неизвестно»).`,
  ky: `${what.ky}, валютанын бирдигинде (сом, доллар), мисалы 1500000 же 1 500 000,50. Бош — белгисиз (белгисизди 0 деп жазбаңыз).`,
})
const currencyNotes: Notes = {
  en: `ISO currency code: ${currencies.join(', ')}. Required with an amount.`,
  ru: `Код валюты ISO: ${currencies.join(', ')}. Обязателен при сумме.`,
  ky: `ISO валюта коду: ${currencies.join(', ')}. Сумма болсо милдеттүү.`,
}

const placesNotes: Notes = {
  en: `Places separated by "${LIST_SEPARATOR}": territory codes (KG-B, KG04…) or names in Kyrgyz, Russian or English ("Jalal-Abad", "Джалал-Абад"). A name that fits several units is reported; write "Rayon / Aiyl aimak" or the code to tell them apart.`,
  ru: `Места через «${LIST_SEPARATOR}»: коды территорий (KG-B, KG04…) или названия на кыргызском, русском или английском («Джалал-Абад», «Jalal-Abad»). Название, подходящее к нескольким единицам, попадает в отчёт; уточните «Район / Айыл аймак» или код.`,
  ky: `Жерлер «${LIST_SEPARATOR}» аркылуу: аймактын коду (KG-B, KG04…) же кыргызча, орусча, англисче аталышы («Жалал-Абад», «Jalal-Abad»). Бир нече бирдикке туура келген аталыш отчетко чыгат; «Район / Айыл аймак» же код менен тактаңыз.`,
}
const orgNotes = (what: Notes, many = false): Notes => ({
  en: `${what.en}: ${many ? `organizations separated by "${LIST_SEPARATOR}", each ` : ''}the external_id of a row of the organizations sheet, or a registered organization's TIN, its address name (slug) or its exact name.`,
  ru: `${what.ru}: ${many ? `организации через «${LIST_SEPARATOR}», каждая — ` : ''}external_id строки листа organizations либо ИНН, адресное имя (slug) или точное название организации из реестра.`,
  ky: `${what.ky}: ${many ? `уюмдар «${LIST_SEPARATOR}» аркылуу, ар бири — ` : ''}organizations барагындагы саптын external_id, же реестрдеги уюмдун ИСНи, дарек аты (slug) же так аталышы.`,
})
const refNotes = (kind: ImportKind, what: Notes): Notes => ({
  en: `${what.en}: the external_id of a row of the ${kind} sheet (this file or an earlier import of your organization).`,
  ru: `${what.ru}: external_id строки листа ${kind} (в этом файле или в прежнем импорте вашей организации).`,
  ky: `${what.ky}: ${kind} барагындагы саптын external_id (ушул файлда же уюмуңуздун мурунку импортунда).`,
})
const themesCol = col(
  'themes',
  'themes',
  { t: 'choices', values: themes },
  {
    en: `Theme codes separated by "${LIST_SEPARATOR}": ${themes.join(', ')}.`,
    ru: `Коды тем через «${LIST_SEPARATOR}»: ${themes.join(', ')}.`,
    ky: `Темалардын коддору «${LIST_SEPARATOR}» аркылуу: ${themes.join(', ')}.`,
  },
)
const yesNo = (name: string, field: string, what: Notes) =>
  col(
    name,
    field,
    { t: 'yesNo' },
    {
      en: `${what.en}: yes or no (also 1/0, да/нет, ооба/жок). Blank on a new record: no.`,
      ru: `${what.ru}: yes или no (также 1/0, да/нет, ооба/жок). Пусто у новой записи — нет.`,
      ky: `${what.ky}: yes же no (ошондой эле 1/0, да/нет, ооба/жок). Жаңы жазууда бош болсо — жок.`,
    },
  )

const enumNotes = (what: Notes, values: readonly string[]): Notes => ({
  en: `${what.en}: one of ${values.join(', ')}.`,
  ru: `${what.ru}: одно из ${values.join(', ')}.`,
  ky: `${what.ky}: ${values.join(', ')} ичинен бирөө.`,
})

export const sheets: Record<ImportKind, { notes: Notes; columns: Column[] }> = {
  organizations: {
    notes: {
      en: 'Organizations your other rows name that are not yet in the registry (CSOs, local self-governments, donors).',
      ru: 'Организации, которые называют другие строки и которых ещё нет в реестре (НКО, органы МСУ, доноры).',
      ky: 'Башка саптар атаган, бирок реестрде али жок уюмдар (КЭУ, ЖӨБ органдары, донорлор).',
    },
    columns: [
      externalId,
      col(
        'kind',
        'kind',
        { t: 'choice', values: Object.values(OrganizationKind) },
        enumNotes({ en: 'Kind', ru: 'Вид', ky: 'Түрү' }, Object.values(OrganizationKind)),
        { required: true, example: 'PUBLIC_ASSOCIATION' },
      ),
      ...localized('name', 'name', 300, { en: 'Name', ru: 'Название', ky: 'Аталышы' }, true),
      sourceLocale,
      col(
        'tin',
        'tin',
        { t: 'text', max: 14 },
        { en: 'Taxpayer number (INN), 14 digits.', ru: 'ИНН, 14 цифр.', ky: 'ИСН, 14 сан.' },
      ),
      col(
        'okpo',
        'okpo',
        { t: 'text', max: 8 },
        { en: 'OKPO code, 8 digits.', ru: 'Код ОКПО, 8 цифр.', ky: 'ОКПО коду, 8 сан.' },
      ),
      col(
        'home_place',
        'homeTerritoryId',
        { t: 'place' },
        {
          en: 'Where it is based (one place, as in places).',
          ru: 'Где находится (одно место, как в places).',
          ky: 'Кайда жайгашкан (бир жер, places сыяктуу).',
        },
      ),
      col(
        'governs_place',
        'governsTerritoryId',
        { t: 'place' },
        {
          en: 'For a local self-government: the unit it governs.',
          ru: 'Для органа МСУ: единица, которой он управляет.',
          ky: 'ЖӨБ органы үчүн: ал башкарган бирдик.',
        },
      ),
      col(
        'founded_year',
        'foundedYear',
        { t: 'integer', min: 1900, max: 2100 },
        { en: 'Year founded.', ru: 'Год основания.', ky: 'Негизделген жылы.' },
      ),
      publication,
    ],
  },
  programmes: {
    notes: {
      en: 'Donor programmes spanning many places; their grants go on the grants sheet.',
      ru: 'Донорские программы во многих местах; их гранты — на листе grants.',
      ky: 'Көп жерди камтыган донордук программалар; алардын гранттары grants барагында.',
    },
    columns: [
      externalId,
      ...localized('title', 'title', 300, { en: 'Title', ru: 'Название', ky: 'Аталышы' }, true),
      ...localized('description', 'description', 8000, { en: 'Description', ru: 'Описание', ky: 'Сүрөттөмө' }),
      sourceLocale,
      startDate,
      endDate,
      col('budget', 'budgetMinor', { t: 'amount' }, amountNotes({ en: 'Budget', ru: 'Бюджет', ky: 'Бюджет' })),
      col('budget_currency', 'budgetCurrency', { t: 'choice', values: currencies }, currencyNotes),
      themesCol,
      col('donors', 'donors', { t: 'orgs' }, orgNotes({ en: 'Donors', ru: 'Доноры', ky: 'Донорлор' }, true)),
      col(
        'implementers',
        'implementers',
        { t: 'orgs' },
        orgNotes({ en: 'Implementers', ru: 'Исполнители', ky: 'Аткаруучулар' }, true),
      ),
      col('partners', 'partners', { t: 'orgs' }, orgNotes({ en: 'Partners', ru: 'Партнёры', ky: 'Өнөктөштөр' }, true)),
      yesNo('national', 'national', {
        en: 'Runs across the whole country without naming places (then leave places empty)',
        ru: 'Работает по всей стране без отдельных территорий (тогда оставьте places пустым)',
        ky: 'Айрым аймактарсыз бүт өлкө боюнча иштейт (анда places бош калат)',
      }),
      col('places', 'territoryIds', { t: 'places' }, placesNotes),
      publication,
    ],
  },
  partnerships: {
    notes: {
      en: 'Lasting partnerships between CSOs and local self-governments.',
      ru: 'Долгосрочные партнёрства НКО и органов МСУ.',
      ky: 'КЭУ менен ЖӨБ органдарынын туруктуу өнөктөштүгү.',
    },
    columns: [
      externalId,
      ...localized('title', 'title', 300, { en: 'Title', ru: 'Название', ky: 'Аталышы' }, true),
      ...localized('summary', 'summary', 8000, { en: 'Summary', ru: 'Краткое описание', ky: 'Кыскача баяндама' }),
      sourceLocale,
      col(
        'status',
        'status',
        { t: 'choice', values: Object.values(PartnershipStatus) },
        enumNotes({ en: 'Status', ru: 'Статус', ky: 'Абалы' }, Object.values(PartnershipStatus)),
      ),
      startDate,
      endDate,
      themesCol,
      col('parties', 'parties', { t: 'orgs' }, orgNotes({ en: 'The parties', ru: 'Стороны', ky: 'Тараптар' }, true), {
        required: true,
      }),
      col(
        'lead',
        'lead',
        { t: 'orgs' },
        orgNotes(
          {
            en: 'The lead CSO(s), also among the parties',
            ru: 'Ведущие НКО (тоже среди сторон)',
            ky: 'Негизги КЭУ (тараптардын ичинде да)',
          },
          true,
        ),
      ),
      col('places', 'territoryIds', { t: 'places' }, placesNotes),
      publication,
    ],
  },
  projects: {
    notes: {
      en: 'Projects, inside a partnership and/or a programme.',
      ru: 'Проекты внутри партнёрства и/или программы.',
      ky: 'Өнөктөштүктүн жана/же программанын ичиндеги долбоорлор.',
    },
    columns: [
      externalId,
      ref('partnership', { en: 'Its partnership', ru: 'Партнёрство', ky: 'Өнөктөштүгү' }),
      ref('programme', { en: 'Its programme', ru: 'Программа', ky: 'Программасы' }),
      ...localized('title', 'title', 300, { en: 'Title', ru: 'Название', ky: 'Аталышы' }, true),
      ...localized('description', 'description', 8000, { en: 'Description', ru: 'Описание', ky: 'Сүрөттөмө' }),
      sourceLocale,
      col(
        'period_as_reported',
        'periodAsReported',
        { t: 'text', max: 200 },
        {
          en: 'The period in the source\'s words ("c. 2006").',
          ru: 'Период словами источника («ок. 2006»).',
          ky: 'Мезгил булактын сөзү менен («болжол менен 2006»).',
        },
      ),
      startDate,
      endDate,
      col('places', 'territoryIds', { t: 'places' }, placesNotes),
      publication,
    ],
  },
  grants: {
    notes: {
      en: "Grants from a funder to a CSO or a local self-government, e.g. a programme's grant list.",
      ru: 'Гранты донора НКО или органу МСУ, например список грантов программы.',
      ky: 'Донордун КЭУга же ЖӨБ органына гранттары, мисалы программанын гранттар тизмеси.',
    },
    columns: [
      externalId,
      col('funder', 'funderId', { t: 'org' }, orgNotes({ en: 'Who gives', ru: 'Кто даёт', ky: 'Ким берет' }), {
        required: true,
      }),
      col(
        'recipient',
        'recipientId',
        { t: 'org' },
        orgNotes({ en: 'Who receives', ru: 'Кто получает', ky: 'Ким алат' }),
        { required: true },
      ),
      ref('programme', { en: 'Its programme', ru: 'Программа', ky: 'Программасы' }),
      ref('project', {
        en: 'The project it pays for',
        ru: 'Проект, который он оплачивает',
        ky: 'Ал каржылаган долбоор',
      }),
      ...localized('title', 'title', 300, { en: 'Title', ru: 'Название', ky: 'Аталышы' }),
      col('amount', 'amountMinor', { t: 'amount' }, amountNotes({ en: 'Amount', ru: 'Сумма', ky: 'Сумма' })),
      col('currency', 'currency', { t: 'choice', values: currencies }, currencyNotes),
      col(
        'value_date',
        'valueDate',
        { t: 'date' },
        dateNotes({ en: 'Date of the amount', ru: 'Дата суммы', ky: 'Сумманын күнү' }),
      ),
      startDate,
      endDate,
      yesNo('withheld', 'amountWithheld', {
        en: 'Keep the amount from the public',
        ru: 'Скрыть сумму от публики',
        ky: 'Сумманы коомчулуктан жашыруу',
      }),
      publication,
    ],
  },
  contributions: {
    notes: {
      en: 'The cost-share ledger: what each party put into a project (money, labour, premises…).',
      ru: 'Вклады сторон в проект: деньги, труд, помещения и т. д.',
      ky: 'Тараптардын долбоорго салымы: акча, эмгек, жай ж. б.',
    },
    columns: [
      externalId,
      ref('project', { en: 'The project', ru: 'Проект', ky: 'Долбоор' }, { required: true }),
      col(
        'party',
        'partyOrganizationId',
        { t: 'org' },
        orgNotes({
          en: 'The contributing organization (or leave blank and fill party_name)',
          ru: 'Организация-вкладчик (или пусто и party_name)',
          ky: 'Салым кошкон уюм (же бош калтырып party_name толтуруңуз)',
        }),
      ),
      col(
        'party_name',
        'partyNameAsReported',
        { t: 'text', max: 300 },
        {
          en: "The party's name as reported, for a party that is not an organization (a community, a person).",
          ru: 'Название стороны, как в источнике, если это не организация (сообщество, человек).',
          ky: 'Тараптын аталышы булактагыдай, эгер ал уюм болбосо (жамаат, адам).',
        },
      ),
      col(
        'party_type',
        'partyType',
        { t: 'choice', values: Object.values(PartyType) },
        enumNotes(
          {
            en: "Party type (blank: from the organization's kind)",
            ru: 'Тип стороны (пусто — по виду организации)',
            ky: 'Тараптын түрү (бош — уюмдун түрү боюнча)',
          },
          Object.values(PartyType),
        ),
      ),
      col(
        'kind',
        'kind',
        { t: 'choice', values: Object.values(ContributionKind) },
        enumNotes({ en: 'What was given', ru: 'Что внесено', ky: 'Эмне берилди' }, Object.values(ContributionKind)),
        { required: true, example: 'CASH' },
      ),
      col(
        'nature',
        'nature',
        { t: 'choice', values: Object.values(ContributionNature) },
        enumNotes(
          {
            en: 'A cost share, a tax or a condition (blank: COST_SHARE)',
            ru: 'Доля затрат, налог или условие (пусто — COST_SHARE)',
            ky: 'Чыгымдын үлүшү, салык же шарт (бош — COST_SHARE)',
          },
          Object.values(ContributionNature),
        ),
      ),
      col('amount', 'amountMinor', { t: 'amount' }, amountNotes({ en: 'Amount', ru: 'Сумма', ky: 'Сумма' })),
      col('currency', 'currency', { t: 'choice', values: currencies }, currencyNotes),
      col(
        'value_date',
        'valueDate',
        { t: 'date' },
        dateNotes({
          en: 'Date of the amount (blank: derived from the project)',
          ru: 'Дата суммы (пусто — по датам проекта)',
          ky: 'Сумманын күнү (бош — долбоордун мөөнөтү боюнча)',
        }),
      ),
      col(
        'share_percent',
        'share',
        { t: 'percent' },
        {
          en: "Stated share of the project's cost in percent (0–100).",
          ru: 'Указанная доля затрат проекта в процентах (0–100).',
          ky: 'Долбоордун чыгымындагы үлүшү пайыз менен (0–100).',
        },
      ),
      col(
        'quantity',
        'quantityValue',
        { t: 'decimal' },
        {
          en: 'Quantity (e.g. 40 or 12.5; with unit_value, more than 0 and at most four decimals).',
          ru: 'Количество (например, 40 или 12,5; при unit_value — больше 0 и не более четырёх знаков после запятой).',
          ky: 'Саны (мисалы, 40 же 12,5; unit_value болсо — 0дөн чоң жана үтүрдөн кийин төрт белгиден ашпайт).',
        },
      ),
      col(
        'quantity_unit',
        'quantityUnit',
        { t: 'text', max: 60 },
        {
          en: `Unit of the quantity: one of ${quantityUnits.join(', ')} (shown in the reader's language; any case, spaces or hyphens for the underscores, singular or plural, and ha, t, km, m², m³, pcs are read as ours), or your own word (buckets, trips). Required with unit_value.`,
          ru: `Единица количества: одна из ${quantityUnits.join(', ')} (показывается на языке читателя; регистр, пробелы или дефисы вместо подчёркиваний и множественное число не важны, ha, t, km, m², m³, pcs тоже распознаются) или своё слово (вёдра, рейсы). Обязательна при unit_value.`,
          ky: `Сандын бирдиги: ${quantityUnits.join(', ')} ичинен бирөө (окурмандын тилинде көрсөтүлөт; чоң-кичине тамга, астыңкы сызыктын ордуна боштук же дефис, жекелик же көптүк сан маанилүү эмес, ha, t, km, m², m³, pcs да таанылат) же өз сөзүңүз (чака, рейс). unit_value болсо милдеттүү.`,
        },
      ),
      col(
        'unit_value',
        'unitValueMinor',
        { t: 'amount' },
        {
          en: 'In-kind lines: what one unit of the quantity is worth, in the currency, written like an amount (500 or 1 250,50). With quantity and quantity_unit it makes the amount: leave amount blank and it is quantity × unit_value (rounded to a whole tyiyn or cent); an amount that differs is refused. Blank: no valuation per unit.',
          ru: 'Для неденежного вклада: стоимость одной единицы количества в валюте, как сумма (500 или 1 250,50). Вместе с quantity и quantity_unit даёт сумму: оставьте amount пустым — она будет равна quantity × unit_value (с округлением до тыйына или цента); другая сумма не принимается. Пусто — без стоимости единицы.',
          ky: 'Акчалай эмес салым үчүн: сандын бир бирдигинин валютадагы наркы, сумма сыяктуу жазылат (500 же 1 250,50). quantity жана quantity_unit менен бирге сумманы берет: amount бош калса, ал quantity × unit_value болот (тыйынга же центке чейин тегеректелет); башка сумма кабыл алынбайт. Бош — бирдиктин наркы жок.',
        },
        { example: '500' },
      ),
      col(
        'valuation_basis',
        'valuationBasis',
        { t: 'choice', values: Object.values(ValuationBasis) },
        enumNotes(
          {
            en: 'How an in-kind amount was valued (required for in-kind lines with an amount)',
            ru: 'Как оценён неденежный вклад (обязательно при сумме)',
            ky: 'Акчалай эмес салым кантип бааланган (сумма болсо милдеттүү)',
          },
          Object.values(ValuationBasis),
        ),
      ),
      yesNo('pledge', 'isPledge', {
        en: 'Promised, not yet given',
        ru: 'Обещано, ещё не внесено',
        ky: 'Убада кылынган, али берилген эмес',
      }),
      yesNo('withheld', 'amountWithheld', {
        en: 'Keep the amount from the public',
        ru: 'Скрыть сумму от публики',
        ky: 'Сумманы коомчулуктан жашыруу',
      }),
      ...localized('note', 'note', 2000, { en: 'Note', ru: 'Примечание', ky: 'Эскертүү' }),
      publication,
    ],
  },
  outcomes: {
    notes: {
      en: 'Measured figures of a project, or targets of a programme. Figures with different units are never added up.',
      ru: 'Измеренные показатели проекта или цели программы. Показатели с разными единицами не складываются.',
      ky: 'Долбоордун өлчөнгөн көрсөткүчтөрү же программанын максаттары. Ар башка бирдиктеги сандар кошулбайт.',
    },
    columns: [
      externalId,
      ref('project', {
        en: 'The project (or fill programme)',
        ru: 'Проект (или programme)',
        ky: 'Долбоор (же programme)',
      }),
      ref('programme', {
        en: 'The programme, for a target',
        ru: 'Программа — для цели',
        ky: 'Программа — максат үчүн',
      }),
      col(
        'kind',
        'kind',
        { t: 'choice', values: Object.values(OutcomeKind) },
        enumNotes({ en: 'Kind of figure', ru: 'Вид показателя', ky: 'Көрсөткүчтүн түрү' }, Object.values(OutcomeKind)),
        { required: true, example: 'ACTUAL' },
      ),
      ...localized(
        'indicator',
        'indicator',
        300,
        { en: 'What was measured', ru: 'Что измерено', ky: 'Эмне өлчөндү' },
        true,
      ),
      col(
        'value',
        'value',
        { t: 'decimal' },
        {
          en: 'The figure (e.g. 1200 or 35.5).',
          ru: 'Значение (например, 1200 или 35,5).',
          ky: 'Мааниси (мисалы, 1200 же 35,5).',
        },
        { required: true },
      ),
      col(
        'qualifier',
        'qualifier',
        { t: 'choice', values: Object.values(ValueQualifier) },
        enumNotes(
          {
            en: 'Exact or approximate (blank: EXACT)',
            ru: 'Точно или приблизительно (пусто — EXACT)',
            ky: 'Так же болжолдуу (бош — EXACT)',
          },
          Object.values(ValueQualifier),
        ),
      ),
      ...localized(
        'unit',
        'unit',
        100,
        {
          en: 'Unit (people, households, km)',
          ru: 'Единица (человек, домохозяйств, км)',
          ky: 'Бирдик (адам, үй-бүлө, км)',
        },
        true,
      ),
      col('date', 'date', { t: 'date' }, dateNotes({ en: 'When measured', ru: 'Когда измерено', ky: 'Качан өлчөндү' })),
      col(
        'theme',
        'theme',
        { t: 'choice', values: themes },
        enumNotes({ en: 'Theme code', ru: 'Код темы', ky: 'Теманын коду' }, themes),
      ),
      ...localized('note', 'note', 2000, { en: 'Note', ru: 'Примечание', ky: 'Эскертүү' }),
      publication,
    ],
  },
}

export const columnsOf = (kind: ImportKind) => sheets[kind].columns

/** The kind a sheet or file name names: "grants", "Grants.csv", "2024 grants.csv" → grants. */
export function kindOfName(name: string): ImportKind | null {
  const base = name
    .replace(/\.[^.]*$/, '')
    .toLowerCase()
    .replace(/[^a-z]/g, ' ')
  const hits = importKinds.filter(
    (k) => base.split(/\s+/).includes(k) || base.split(/\s+/).includes(k.replace(/s$/, '')),
  )
  return hits.length === 1 ? hits[0] : null
}
