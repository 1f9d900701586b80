import type { BodyOf, DossierEvent, dossiers as endpoints, QueryOf, ResponseOf } from '@motcua/contract';
import { routes } from '@motcua/contract/routes';
import { type PageIterator, paginate } from '../pagination.js';
import type { CallOptions, Transport } from '../transport.js';
import { followEvents, type WatchOptions } from '../watch.js';

type E = typeof endpoints;
/** A dossier id (drafts) or official code (once submitted). */
export type DossierRef = string;
export type Dossier = ResponseOf<E['get']>;
export type DossierSummary = ResponseOf<E['list']>['items'][number];
export type DossierSignature = ResponseOf<E['attachSignature']>;

const FINAL_STATUSES = new Set([3, 7, 8, 10]);

/**
 * Dossiers (hồ sơ) from the applicant's side.
 *
 * @example
 * const draft = await client.dossiers.create({ procedureCode: '1.001193', … });
 * const submitted = await client.dossiers.submit(draft.id);
 * for await (const event of client.dossiers.watch(submitted.code!)) console.log(event.type, event.status);
 */
export function dossiersResource(t: Transport) {
  const ref = (r: DossierRef) => ({ ref: r });
  return {
    /** Starts a draft. @example await client.dossiers.create({ procedureCode: '1.001193', applicant, summary: 'Khai sinh' }) */
    create: (body: BodyOf<E['create']>, options?: CallOptions) =>
      t.invoke('dossiers.create', { body, ...options }),
    /** Changes a draft. @example await client.dossiers.update(id, { summary: 'Khai sinh cho bé An' }) */
    update: (dossier: DossierRef, body: BodyOf<E['update']>, options?: CallOptions) =>
      t.invoke('dossiers.update', { params: ref(dossier), body, ...options }),
    /** Attaches uploaded files to document components. @example await client.dossiers.attach(id, { documents: [...] }) */
    attach: (dossier: DossierRef, body: BodyOf<E['attachDocuments']>, options?: CallOptions) =>
      t.invoke('dossiers.attachDocuments', { params: ref(dossier), body, ...options }),
    /** Removes a component's files from a draft. @example await client.dossiers.detach(id, 'to-khai') */
    detach: (dossier: DossierRef, componentId: string, options?: CallOptions) =>
      t.invoke('dossiers.detachDocuments', { params: { ref: dossier, componentId }, ...options }),
    /**
     * Files the draft: it gets its official code. Safe to retry: the same idempotency key is sent on every attempt.
     * @example const { code } = await client.dossiers.submit(draft.id, { declaration: true })
     */
    submit: (dossier: DossierRef, body: BodyOf<E['submit']> = {}, options?: CallOptions) =>
      t.invoke('dossiers.submit', { params: ref(dossier), body, ...options }),
    /** One dossier, in full. @example await client.dossiers.get('000.00.14.H26-250701-0001') */
    get: (dossier: DossierRef, options?: CallOptions) =>
      t.invoke('dossiers.get', { params: ref(dossier), ...options }),
    /**
     * Your dossiers (citizens) or your agency's queue (officers), page by page as you iterate.
     * @example for await (const d of client.dossiers.list({ status: 1 })) console.log(d.code)
     */
    list: (query: QueryOf<E['list']> = {}, options?: CallOptions): PageIterator<DossierSummary> =>
      paginate((cursor) => t.invoke('dossiers.list', { query: { ...query, cursor } as never, ...options })),
    /** Withdraws a dossier (rút hồ sơ). @example await client.dossiers.withdraw(code, { reason: 'Nộp nhầm' }) */
    withdraw: (dossier: DossierRef, body: BodyOf<E['withdraw']>, options?: CallOptions) =>
      t.invoke('dossiers.withdraw', { params: ref(dossier), body, ...options }),
    /** Answers the open supplement request. @example await client.dossiers.supplement(code, { message: 'Đã bổ sung' }) */
    supplement: (dossier: DossierRef, body: BodyOf<E['answerSupplement']> = {}, options?: CallOptions) =>
      t.invoke('dossiers.answerSupplement', { params: ref(dossier), body, ...options }),
    /**
     * Attaches a finished remote signature (`client.signatures`) to the document component whose file it signs.
     * The platform verifies the detached CMS against its CA and that the signed hash is the SHA-256 of the file
     * it holds (`422 signature.documentMismatch` otherwise); attaching the same transaction again is harmless.
     * @example
     * const [file] = dossier.documents[0].files; // its `sha256` is the platform's, in hex
     * const value = Buffer.from(file.sha256, 'hex').toString('base64');
     * const request = await client.signatures.create({ documentHash: { algorithm: 'SHA-256', value }, … });
     * if ((await client.signatures.waitFor(request.id)).status === 'signed')
     *   await client.dossiers.attachSignature(code, { requestId: request.id, componentId: 'to-khai' });
     */
    attachSignature: (dossier: DossierRef, body: BodyOf<E['attachSignature']>, options?: CallOptions) =>
      t.invoke('dossiers.attachSignature', { params: ref(dossier), body, ...options }),
    /**
     * The dossier's signed documents, oldest first: signer, provider, time, the file's hash and the detached CMS.
     * @example const { items } = await client.dossiers.signatures(code)
     */
    signatures: (dossier: DossierRef, options?: CallOptions) =>
      t.invoke('dossiers.signatures', { params: ref(dossier), ...options }),
    /** The processing history. @example const steps = await client.dossiers.history(code) */
    history: (dossier: DossierRef, options?: CallOptions) =>
      t.invoke('dossiers.history', { params: ref(dossier), ...options }),
    /**
     * The dossier's events as they happen, across reconnects (resumed with `Last-Event-ID`, polling when streaming
     * is impossible), each exactly once, ending after a final status.
     * @example for await (const e of client.dossiers.watch(code, { signal })) show(e.status)
     */
    watch: async function* (dossier: DossierRef, options?: WatchOptions): AsyncGenerator<DossierEvent> {
      for await (const event of followEvents<DossierEvent>(
        t,
        {
          stream: { id: 'dossiers.events', ...routes['dossiers.events'] },
          params: ref(dossier),
          isLast: (e) => e.status !== null && FINAL_STATUSES.has(e.status),
        },
        options,
      )) {
        yield event.data;
      }
    },
  };
}
