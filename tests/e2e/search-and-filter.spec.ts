import { expect, test } from './fixtures'

test.describe('search that ranks and knows places', () => {
  test('a place named in any script comes first: the oblast, then the city', async ({ page }) => {
    for (const q of ['Жалал-Абад', 'Djalal-Abad']) {
      await page.goto(`/en/search?q=${encodeURIComponent(q)}`)
      const results = page.locator('[data-results] > li')
      await expect(results.nth(0)).toHaveAttribute('data-entity', 'place')
      await expect(results.nth(0)).toContainText('Jalal-Abad')
      await expect(results.nth(0).locator('[data-kind]')).toHaveText('Oblast')
      await expect(results.nth(1)).toHaveAttribute('data-entity', 'place')
      await expect(results.nth(1)).toContainText('Jalal-Abad (city)')
      await expect(results.nth(1).locator('[data-place]')).toHaveText('Jalal-Abad')
    }
    await page.goto('/ru/search?q=Tokmok')
    await expect(page.locator('[data-results] > li').first()).toContainText('Токмок')
    await page.getByRole('link', { name: 'Токмок' }).first().click()
    await expect(page).toHaveURL(/\/ru\/places\/kg-c\//)
  })

  test('"Manas 1000" and "Taza Suu" put their case study first, with its kind, place and years', async ({ page }) => {
    await page.goto('/en/search?q=Manas%201000')
    const first = page.locator('[data-results] > li').first()
    await expect(first).toHaveAttribute('data-entity', 'caseStudy')
    await expect(first.getByRole('link')).toContainText('Manas 1000 builds a sports complex')
    await expect(first.locator('[data-kind]')).toHaveText('Case study')
    await expect(first.locator('[data-place]')).toHaveText('Talas (city)')
    await expect(first.locator('[data-years]')).toHaveText(/\d{4}/)

    await page.goto('/ky/search')
    await page.getByRole('searchbox').fill('Taza Suu')
    await page.getByRole('button', { name: 'Издөө' }).click()
    const top = page.locator('[data-results] > li').first()
    await expect(top).toHaveAttribute('data-entity', 'caseStudy')
    await expect(top.getByRole('link')).toContainText('Леди Ширин')
    await expect(top.locator('[data-kind]')).toHaveText('Кейс')
    // not every "… Suu" place: a few records that say "таза суу", not sixty
    expect(await page.locator('[data-results] > li').count()).toBeLessThan(15)
  })
})

test.describe('the case-study filter', () => {
  test('cascades oblast → rayon → aiyl okmot without a reload, keeping the other filters', async ({ page }) => {
    await page.goto('/en/case-studies?theme=women')
    await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true))
    const rayon = page.getByRole('combobox', { name: 'Rayon or city' })
    const ao = page.getByRole('combobox', { name: 'Aiyl okmot or town' })
    await expect(rayon).toBeDisabled()
    await page.getByRole('combobox', { name: 'Oblast or city' }).selectOption({ label: 'Talas' })
    await expect(rayon).toBeEnabled()
    await expect(rayon.locator('option', { hasText: 'Kara-Buura' })).toHaveCount(1)
    await expect(page).toHaveURL(/oblast=KG-T/)
    await expect(page).toHaveURL(/theme=women/)
    await rayon.selectOption({ label: 'Kara-Buura' })
    await expect(page).toHaveURL(/rayon=KG07215000000/)
    await expect(ao).toBeEnabled()
    await expect(ao.locator('option', { hasText: 'Ak-Chiy' })).toHaveCount(1)
    await expect(page.locator('[data-results] > li').filter({ hasText: 'Lady Shirin' })).toHaveCount(1)
    // another oblast empties the levels below it
    await page.getByRole('combobox', { name: 'Oblast or city' }).selectOption({ label: 'Naryn' })
    await expect(page).not.toHaveURL(/rayon=/)
    await expect(ao).toBeDisabled()
    await expect(page).toHaveURL(/oblast=KG-N/)
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true)
  })

  test('an impossible year range says so next to the fields and is not applied', async ({ page }) => {
    await page.goto('/en/case-studies?from=2010&to=2005')
    const note = page.locator('[data-years-reversed]')
    await expect(note).toContainText('“From year” is after “To year”')
    await expect(page.getByRole('spinbutton', { name: 'From year' })).toHaveAttribute('aria-invalid', 'true')
    await expect(page.locator('[data-results] > li')).toHaveCount(25)
    // and as it is typed
    await page.goto('/en/case-studies')
    await page.getByRole('spinbutton', { name: 'From year' }).fill('2008')
    await page.getByRole('spinbutton', { name: 'To year' }).fill('2003')
    await expect(note).toBeVisible()
    await page.getByRole('spinbutton', { name: 'To year' }).fill('2009')
    await expect(note).toHaveCount(0)
  })
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the filter is a plain form: the chosen oblast offers its rayons after "Show"', async ({ page }) => {
    await page.goto('/en/case-studies')
    await page.getByRole('combobox', { name: 'Oblast or city' }).selectOption({ label: 'Talas' })
    await page.getByRole('button', { name: 'Show' }).click()
    await expect(page).toHaveURL(/oblast=KG-T/)
    await expect(page.locator('[data-results] > li')).toHaveCount(4)
    const rayon = page.getByRole('combobox', { name: 'Rayon or city' })
    await expect(rayon).toBeEnabled()
    await expect(rayon.locator('option', { hasText: 'Kara-Buura' })).toHaveCount(1)
  })
})

test.describe('the map', () => {
  test('shows a region’s value on hover and on keyboard focus', async ({ page }) => {
    await page.goto('/en')
    const readout = page.locator('[data-readout="KG-T"]')
    await expect(readout).toBeHidden()
    await page.locator('figure svg a[data-territory="KG-T"]').hover()
    await expect(readout).toBeVisible()
    await expect(readout).toHaveText(/Talas: 4 case studies/)
    await page.mouse.move(0, 0)
    await expect(readout).toBeHidden()
    await page.locator('figure svg a[data-territory="KG-N"]').focus()
    await page.keyboard.press('Shift+Tab')
    await page.keyboard.press('Tab')
    await expect(page.locator('[data-readout="KG-N"]')).toBeVisible()
  })

  test('tiny cities have tap targets of at least 44 px on a phone', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto('/en')
    const targets = page.locator('figure svg [data-tap-target]')
    expect(await targets.count()).toBeGreaterThan(0)
    for (const box of await targets.evaluateAll((els) => els.map((e) => e.getBoundingClientRect()))) {
      expect(box.width).toBeGreaterThanOrEqual(44)
      expect(box.height).toBeGreaterThanOrEqual(44)
    }
  })
})
