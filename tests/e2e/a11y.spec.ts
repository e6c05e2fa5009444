import AxeBuilder from '@axe-core/playwright'
import { expect, test } from './fixtures'

const pages = [
  ['home', '/'],
  ['oblast', '/places/kg-t'],
  ['rayon', '/places/kg-b/leilek'],
  ['aiyl okmot', '/places/kg-b/leilek/katran'],
  ['organization', '/organizations/soros-foundation-kyrgyzstan'],
  ['partnership', '/partnerships/manas-1000-talas-city'],
  ['case study', '/case-studies/manas-1000-talas-city'],
  ['case-study browser', '/case-studies?oblast=KG-T'],
  ['search', '/search?q=Tokmok'],
  ['who funds what', '/funders?oblast=KG-T'],
  ['funder', '/funders/soros-foundation-kyrgyzstan'],
] as const

for (const locale of ['ky', 'ru', 'en']) {
  test(`no serious or critical accessibility problems (${locale})`, async ({ page, request }) => {
    test.setTimeout(120_000)
    const project = (await (await request.get('/api/v1/case-studies/manas-1000-talas-city')).json()).partnership
      .projects[0].id
    for (const [name, path] of [...pages, ['project', `/projects/${project}`]]) {
      await page.goto(`/${locale}${path === '/' ? '' : path}`)
      const { violations } = await new AxeBuilder({ page }).analyze()
      const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      expect(
        serious.map(
          (v) =>
            `${v.id}: ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(', ')}`,
        ),
        `${name} (${locale})`,
      ).toEqual([])
    }
  })
}
