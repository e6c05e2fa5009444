import { z } from 'zod'
import { requiredId } from '@/lib/forms/fields'

/** The merge form: the duplicate to fold into the organization of the page. */
export const MergeOrganizationsInput = z.object({ mergedId: requiredId() })
