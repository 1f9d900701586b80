import {
  AgencyCodeSchema,
  ImplementingLevelSchema,
  OnlineLevelSchema,
  ProcedureCodeSchema,
  ProcedureSchema,
  ProcedureSummarySchema,
} from '@motcua/core';
import * as z from 'zod/mini';
import { endpoint } from '../endpoint.js';
import { pageOf } from '../pagination.js';
import { pagedQuery } from '../wire.js';

/** The procedure catalogue (thủ tục hành chính) as the national procedure database publishes it. */

/** Search filters; `q` matches code and name, ignoring diacritics and case ("khai sinh" finds "Khai sinh"). */
export const SearchProceduresQuerySchema = pagedQuery({
  q: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(200))),
  /** Field (lĩnh vực) code, e.g. `G09-TP05`. */
  fieldCode: z.optional(z.string().check(z.minLength(1), z.maxLength(50))),
  level: z.optional(ImplementingLevelSchema),
  /** Only procedures this agency carries out. */
  agencyCode: z.optional(AgencyCodeSchema),
  onlineLevel: z.optional(OnlineLevelSchema),
});

export const search = endpoint({
  id: 'procedures.search',
  method: 'GET',
  path: '/procedures',
  tag: 'procedures',
  summary: 'Search procedures',
  query: SearchProceduresQuerySchema,
  response: pageOf(ProcedureSummarySchema),
  pagination: 'cursor',
  auth: [],
  errors: [],
});

/** One procedure with its document components, channels, time limits, fees and e-form. */
export const get = endpoint({
  id: 'procedures.get',
  method: 'GET',
  path: '/procedures/{code}',
  tag: 'procedures',
  summary: 'Get a procedure by code',
  params: z.object({ code: ProcedureCodeSchema }),
  response: ProcedureSchema,
  auth: [],
  errors: ['resource.notFound'],
});
