// The environment of a production build measured under load (npm run bench, npm run test:reliability):
// the test mode (http, no APP_URL, mail or Redis unless given), and none of the limits that would answer
// a load test with 429. `overrides` names the database and anything else the run needs.
export function loadTestEnv(overrides) {
  return {
    ...process.env,
    PATH: `node_modules/.bin:${process.env.PATH}`,
    NEXT_TELEMETRY_DISABLED: '1',
    CHECKPOINT_DISABLE: '1',
    REGISTRY_TEST_MODE: '1',
    AUTH_SECRET: '',
    APP_URL: '',
    SMTP_URL: '',
    REDIS_URL: '',
    RATE_LIMIT_API_PER_MINUTE: '0',
    RATE_LIMIT_SEARCH_PER_MINUTE: '0',
    SHADOW_DATABASE_URL: '',
    ...overrides,
  }
}
