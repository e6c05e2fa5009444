// Debian's Chromium (apt-get install -y chromium) as the e2e tests and scripts/screenshots.mjs launch it:
// `npx playwright install` cannot download here. CHROMIUM_PATH names another binary.

/** @type {import('@playwright/test').LaunchOptions} */
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
}
