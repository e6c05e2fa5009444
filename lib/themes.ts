import { isOneOf } from '@/lib/one-of'

/** The controlled theme list (from the casebook). Labels live in the message files under `enums.theme`. */
export const themes = [
  'women',
  'youth',
  'youth-employment',
  'children',
  'disability',
  'elderly',
  'health',
  'education',
  'sport',
  'social-protection',
  'legal-aid',
  'migration',
  'human-trafficking',
  'water',
  'agriculture',
  'land',
  'infrastructure',
  'municipal-services',
  'environment',
  'disaster-risk',
  'local-economic-development',
  'budget-transparency',
  'anti-corruption',
  'conflict-prevention',
  'civic-participation',
  'capacity-building',
  'policy-advocacy',
  'ict',
] as const
export type Theme = (typeof themes)[number]

export const isTheme = isOneOf(themes)
