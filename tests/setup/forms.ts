// Form input as the browser sends it, built from a nested object: {title: {en}} → "title.en",
// {parties: [{organizationId}]} → "parties.0.organizationId", {territoryIds: ['a']} → "territoryIds[]"
// (the names lib/forms/parse.ts reads back).
export type FormInput = { [name: string]: FormValue }
type FormValue = string | File | undefined | FormValue[] | { [name: string]: FormValue }

export function toFormData(input: FormInput): FormData {
  const fd = new FormData()
  const put = (name: string, v: FormValue) => {
    if (v === undefined) return
    if (typeof v === 'string' || v instanceof File) fd.append(name, v)
    else if (Array.isArray(v)) {
      if (v.every((x) => typeof x === 'string')) for (const x of v) fd.append(`${name}[]`, x)
      else v.forEach((x, i) => put(`${name}.${i}`, x))
    } else for (const [k, x] of Object.entries(v)) put(`${name}.${k}`, x)
  }
  for (const [k, v] of Object.entries(input)) put(k, v)
  return fd
}
