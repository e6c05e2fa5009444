// Public URLs of records, in one place (pages link with these; tests and the API build the same).
export const placeHref = (path: string) => `/places/${path}`
export const organizationHref = (slug: string) => `/organizations/${slug}`
export const partnershipHref = (slug: string) => `/partnerships/${slug}`
export const projectHref = (id: string) => `/projects/${id}`
export const programmeHref = (slug: string) => `/programmes/${slug}`
export const caseStudyHref = (slug: string) => `/case-studies/${slug}`
export const fundersHref = '/funders'
export const funderHref = (slug: string) => `/funders/${slug}`
