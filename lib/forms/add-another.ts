/**
 * "Save and add another": the second submit button of a create form sends `then=another`; the action
 * then answers with the same form again (a new submission key, the same parent) instead of the record.
 */
export const ADD_ANOTHER = { name: 'then', value: 'another' } as const

/** Whether the form was sent with "save and add another". */
export const addsAnother = (formData: FormData) => formData.get(ADD_ANOTHER.name) === ADD_ANOTHER.value

/** Where "save and add another" goes: the new-record form again, saying "saved" (the id keeps each address new). */
export const anotherPath = (formPath: string, query: string, id: string) => `${formPath}?${query}&after=${id}`
