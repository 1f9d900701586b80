import type { BodyOf, EndpointById, EndpointId } from '@motcua/contract';
import type { CallOptions, Transport } from '../transport.js';
import type { DossierRef } from './dossiers.js';

type OfficerAction = Extract<EndpointId, `officer.${string}`>;

/**
 * What one-stop desk officers, specialists and agency systems do to a dossier. Each action is idempotent: a
 * retried call never acts twice.
 *
 * @example
 * await officerClient.officer.accept(code, {});
 * await officerClient.officer.requestSupplement(code, { items: [{ description: 'Bản sao giấy chứng sinh' }], reason: 'Thiếu giấy tờ' });
 */
export function officerResource(t: Transport) {
  const act =
    <Id extends OfficerAction>(id: Id) =>
    (dossier: DossierRef, body: BodyOf<EndpointById<Id>>, options?: CallOptions) =>
      t.invoke(id, { params: { ref: dossier }, body, ...options });
  return {
    /** Tiếp nhận. @example await client.officer.accept(code, {}) */
    accept: act('officer.accept'),
    /** Không tiếp nhận. @example await client.officer.refuse(code, { reason: 'Không thuộc thẩm quyền' }) */
    refuse: act('officer.refuse'),
    /** Hands the dossier to a specialist. @example await client.officer.assign(code, { officerId: 'specialist-…' }) */
    assign: act('officer.assign'),
    /** Yêu cầu bổ sung. @example await client.officer.requestSupplement(code, { items, reason }) */
    requestSupplement: act('officer.requestSupplement'),
    /** Asks for fees or taxes. @example await client.officer.requestFees(code, { fees }) */
    requestFees: act('officer.requestFees'),
    /** Records a payment made at the desk. @example await client.officer.recordPayment(code, { … }) */
    recordPayment: act('officer.recordPayment'),
    /** Finishes processing with the result. @example await client.officer.finish(code, { results }) */
    finish: act('officer.finish'),
    /** Trả kết quả. @example await client.officer.returnResult(code, {}) */
    returnResult: act('officer.returnResult'),
    /** Dừng xử lý. @example await client.officer.stop(code, { reason }) */
    stop: act('officer.stop'),
    /** Liên thông: moves processing to another agency; the code stays. @example await client.officer.transfer(code, { agencyCode }) */
    transfer: act('officer.transfer'),
  };
}
