import { describe, expect, it } from 'vitest'
import { listValue, rowIndexes, textValue } from '@/components/forms/values'

describe('reading a form’s initial values', () => {
  const values = {
    'parties.10.organizationId': 'k',
    'parties.2.organizationId': 'c',
    'parties.2.role.ru': 'лидер',
    'parties.0.organizationId': 'a',
    'partiesNote.5.x': 'not a row',
    'sections.1.body.ky': 'Текст',
    'territoryIds[]': ['t1', 't2'],
    title: 'Water',
  }

  it('finds the rows of one list once each, in numeric order, gaps kept', () => {
    expect(rowIndexes(values, 'parties')).toEqual([0, 2, 10])
    expect(rowIndexes(values, 'sections')).toEqual([1])
    expect(rowIndexes(values, 'signatories')).toEqual([])
  })

  it('reads a text as text and a list as a list, never one as the other', () => {
    expect(textValue(values, 'title')).toBe('Water')
    expect(textValue(values, 'territoryIds[]')).toBe('')
    expect(textValue(values, 'missing')).toBe('')
    expect(listValue(values, 'territoryIds[]')).toEqual(['t1', 't2'])
    expect(listValue(values, 'title')).toEqual([])
    expect(listValue(values, 'themes[]')).toEqual([])
  })
})
