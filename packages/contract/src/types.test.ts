import type { Dossier, DossierDraftInputSchema, DossierStatusCode, Procedure } from '@motcua/core';
import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod/mini';
import type { BodyOf, HeadersOf, ParamsOf, QueryOf, ResponseOf } from './endpoint.js';
import type { dossiers, EndpointById, files, officer, procedures } from './endpoints/index.js';
import type { DossierEvent } from './events.js';

describe('types inferred from endpoints', () => {
  it('infers path parameters', () => {
    expectTypeOf<ParamsOf<typeof dossiers.submit>>().toEqualTypeOf<{ ref: string }>();
    expectTypeOf<ParamsOf<typeof procedures.get>>().toEqualTypeOf<{ code: string }>();
    expectTypeOf<ParamsOf<typeof dossiers.create>>().toEqualTypeOf<undefined>();
  });

  it('infers bodies, optional where a request may carry none', () => {
    expectTypeOf<BodyOf<typeof dossiers.create>>().toEqualTypeOf<z.input<typeof DossierDraftInputSchema>>();
    expectTypeOf<BodyOf<typeof dossiers.submit>>().toEqualTypeOf<
      { formData?: Record<string, unknown> | undefined; declaration?: true | undefined } | undefined
    >();
    expectTypeOf<BodyOf<typeof officer.refuse>>().toEqualTypeOf<{ reason: string }>();
    expectTypeOf<BodyOf<typeof files.append>>().toEqualTypeOf<Uint8Array | ArrayBuffer | Blob>();
  });

  it('infers responses', () => {
    expectTypeOf<ResponseOf<typeof dossiers.submit>>().toEqualTypeOf<Dossier>();
    expectTypeOf<ResponseOf<typeof procedures.get>>().toEqualTypeOf<Procedure>();
    expectTypeOf<ResponseOf<typeof dossiers.events>>().toEqualTypeOf<DossierEvent>();
    expectTypeOf<
      ResponseOf<typeof dossiers.list>['items'][number]['status']
    >().toEqualTypeOf<DossierStatusCode>();
    expectTypeOf<ResponseOf<typeof dossiers.list>['nextCursor']>().toEqualTypeOf<string | null>();
    expectTypeOf<ResponseOf<typeof officer.refuse>>().toEqualTypeOf<Dossier>();
  });

  it('infers queries and headers as a caller writes them', () => {
    expectTypeOf<QueryOf<typeof dossiers.list>>()
      .toHaveProperty('status')
      .toEqualTypeOf<string | number | undefined>();
    expectTypeOf<QueryOf<typeof dossiers.list>>()
      .toHaveProperty('limit')
      .toEqualTypeOf<string | number | undefined>();
    expectTypeOf<HeadersOf<typeof files.append>>().toEqualTypeOf<{
      'Tus-Resumable': '1.0.0';
      'Upload-Offset': string | number;
    }>();
  });

  it('finds an endpoint type by id', () => {
    expectTypeOf<EndpointById<'dossiers.submit'>>().toEqualTypeOf<typeof dossiers.submit>();
    expectTypeOf<BodyOf<EndpointById<'dossiers.create'>>>().toEqualTypeOf<BodyOf<typeof dossiers.create>>();
  });
});
