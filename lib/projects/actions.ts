'use server'

import { actorAction } from '@/lib/actions/actor-action'
import { RecordId, Version } from '@/lib/actions/bound'
import { boundRecord, createdRecord } from '@/lib/manage/revalidate'
import { savedQuery } from '@/lib/manage/saved'
import { createProject, deleteProject, updateProject } from './mutations'
import { CreateProjectInput, UpdateProjectInput } from './schema'

export const createProjectAction = actorAction({
  entity: 'Project',
  bind: [RecordId],
  input: CreateProjectInput,
  signInReturn: (partnershipId) => `/manage/partnerships/${partnershipId}/projects/new`,
  mutate: ({ actor, input }, partnershipId) => createProject(actor, partnershipId, input),
  touches: createdRecord('Project'),
  onSuccess: (project) => `/manage/projects/${project.id}?${savedQuery(project)}`,
})

export const updateProjectAction = actorAction({
  entity: 'Project',
  bind: [RecordId],
  input: UpdateProjectInput,
  signInReturn: (id) => `/manage/projects/${id}/edit`,
  mutate: ({ actor, input }, id) => updateProject(actor, id, input),
  touches: boundRecord('Project'),
  onSuccess: (project, id) => `/manage/projects/${id}?${savedQuery(project)}`,
})

export const deleteProjectAction = actorAction({
  entity: 'Project',
  bind: [RecordId, Version],
  signInReturn: (id) => `/manage/projects/${id}`,
  mutate: ({ actor }, id, version) => deleteProject(actor, id, version),
  touches: boundRecord('Project'),
  onSuccess: (project) =>
    project.partnershipId ? `/manage/partnerships/${project.partnershipId}?deleted=1` : '/manage?deleted=1',
})
