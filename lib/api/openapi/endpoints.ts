// Every /api/v1 endpoint once: its method and path, the scope it takes, and the same zod schemas
// the route handler parses with. The OpenAPI document is built from this list, and a test fails
// if a route under app/api/v1 is missing from it. Pure.
import { z } from 'zod';
import { ZCreateDocument, ZUpdateDocument } from '@/lib/documents/schemas';
import { ZRunPayload } from '@/lib/publishing/run-payload';
import { ZDocumentQuery } from '../documents-api';
import { ZApiActionItems, ZApiDecisions, ZApiLessons, ZApiSearch } from '../records-api';
import * as R from './responses';

export type TEndpoint = {
  method: 'get' | 'post' | 'put' | 'delete';
  path: string;
  summary: string;
  scope: 'read' | 'write' | 'publish';
  params?: string[];
  query?: z.ZodObject;
  body?: z.ZodType;
  responses: Record<number, { description: string; schema: z.ZodType; contentType?: string }>;
};

const problem = (description: string) => ({ description, schema: R.ZProblem });
const COMMON = {
  401: problem('No token, or one that is revoked, expired or unknown'),
  429: problem('Too many requests for this token (see Retry-After)'),
};
const READ = {
  ...COMMON,
  403: problem('The token’s scopes or its person’s role do not allow this'),
  404: problem('Not there, or not readable by the token’s person'),
};
const WRITE = { ...READ, 422: problem('The input was not valid; `errors` names each field') };

export const ENDPOINTS: TEndpoint[] = [
  {
    method: 'get',
    path: '/api/v1/projects',
    summary: 'Projects the token’s person may read',
    scope: 'read',
    responses: { 200: { description: 'Projects', schema: R.ZProjectList }, ...COMMON },
  },
  {
    method: 'get',
    path: '/api/v1/projects/{slug}',
    summary: 'One project',
    scope: 'read',
    params: ['slug'],
    responses: { 200: { description: 'The project', schema: R.ZProjectOne }, ...READ },
  },
  {
    method: 'get',
    path: '/api/v1/projects/{slug}/documents/{doc}',
    summary: 'One document by its address (`_` as the project for team-wide pages); its version is the ETag',
    scope: 'read',
    params: ['slug', 'doc'],
    responses: { 200: { description: 'The document', schema: R.ZDocumentFull }, ...READ },
  },
  {
    method: 'put',
    path: '/api/v1/projects/{slug}/model-cards/{model}/versions/{version}',
    summary: 'Publish a model version from a training run (idempotent)',
    scope: 'publish',
    params: ['slug', 'model', 'version'],
    body: ZRunPayload,
    responses: {
      200: { description: 'The card, and whether this run changed it', schema: R.ZPublished },
      ...WRITE,
      409: problem('The card kept changing; send the run again'),
    },
  },
  {
    method: 'get',
    path: '/api/v1/documents',
    summary: 'Documents, newest first, with filters and a cursor',
    scope: 'read',
    query: ZDocumentQuery,
    responses: { 200: { description: 'A page of documents', schema: R.ZDocumentList }, ...COMMON, 422: problem('A filter was not valid') },
  },
  {
    method: 'post',
    path: '/api/v1/documents',
    summary: 'Create a document',
    scope: 'write',
    body: ZCreateDocument,
    responses: { 201: { description: 'Created', schema: R.ZSaved }, ...WRITE },
  },
  {
    method: 'get',
    path: '/api/v1/documents/{id}',
    summary: 'One document with its fields, Markdown and HTML; its version is the ETag',
    scope: 'read',
    params: ['id'],
    responses: { 200: { description: 'The document', schema: R.ZDocumentFull }, ...READ },
  },
  {
    method: 'put',
    path: '/api/v1/documents/{id}',
    summary: 'Save a new version (If-Match: the ETag you read, or baseVersion)',
    scope: 'write',
    params: ['id'],
    body: ZUpdateDocument.omit({ id: true }).extend({ baseVersion: ZUpdateDocument.shape.baseVersion.optional() }),
    responses: {
      200: { description: 'Saved', schema: R.ZSaved },
      ...WRITE,
      409: problem('baseVersion is stale: `yours` and `current` are in the body'),
      412: problem('If-Match is stale: `yours` and `current` are in the body'),
    },
  },
  {
    method: 'delete',
    path: '/api/v1/documents/{id}',
    summary: 'Move a document to Deleted documents',
    scope: 'write',
    params: ['id'],
    responses: { 200: { description: 'Deleted', schema: R.ZDeleted }, ...READ },
  },
  {
    method: 'get',
    path: '/api/v1/documents/{id}/export',
    summary: 'The document as Markdown with YAML front matter (everything needed to recreate it)',
    scope: 'read',
    params: ['id'],
    responses: { 200: { description: 'The file', schema: R.ZMarkdown, contentType: 'text/markdown' }, ...READ },
  },
  {
    method: 'get',
    path: '/api/v1/search',
    summary: 'Search, with the same filters, facets and typo tolerance as the app',
    scope: 'read',
    query: ZApiSearch,
    responses: {
      200: { description: 'Hits and facets', schema: R.ZSearchResult },
      ...COMMON,
      422: problem('A parameter was not valid'),
      503: problem('Search is unavailable'),
    },
  },
  {
    method: 'get',
    path: '/api/v1/decisions',
    summary: 'Decisions recorded across projects',
    scope: 'read',
    query: ZApiDecisions,
    responses: {
      200: { description: 'Decisions, newest first', schema: R.ZDecisionList },
      ...COMMON,
      422: problem('A filter was not valid'),
    },
  },
  {
    method: 'get',
    path: '/api/v1/lessons',
    summary: 'Lessons from retrospectives across projects',
    scope: 'read',
    query: ZApiLessons,
    responses: { 200: { description: 'Lessons, newest first', schema: R.ZLessonList }, ...COMMON, 422: problem('A filter was not valid') },
  },
  {
    method: 'get',
    path: '/api/v1/action-items',
    summary: 'Action items across projects (open by default)',
    scope: 'read',
    query: ZApiActionItems,
    responses: {
      200: { description: 'Action items, soonest due first', schema: R.ZActionItemList },
      ...COMMON,
      422: problem('A filter was not valid'),
    },
  },
  {
    method: 'get',
    path: '/api/v1/documents/{id}/revisions',
    summary: 'Every saved version, newest first',
    scope: 'read',
    params: ['id'],
    responses: { 200: { description: 'Versions', schema: R.ZRevisionList }, ...READ },
  },
  {
    method: 'get',
    path: '/api/v1/documents/{id}/revisions/{version}',
    summary: 'One version as it was saved',
    scope: 'read',
    params: ['id', 'version'],
    responses: { 200: { description: 'The version', schema: R.ZRevision }, ...READ },
  },
];
