// All display formatting of numbers, money, shares and dates goes through here (Intl, in the page's
// language), on the server and in the browser alike.
export { formatMoney, formatNumber, formatPercent, formatShare, localeTag } from './numbers'
export { formatDate, formatDateTime, formatPartialDate, partialDateInput, type DatePrecision } from './dates'
export { formatValue, type ChartValue, type ValueFormat } from './chart'
