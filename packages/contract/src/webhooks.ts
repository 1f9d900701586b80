/**
 * How webhook deliveries are signed, shared by the platform (which signs) and clients (which verify).
 *
 * Header: `Motcua-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256>` — several `v1=` entries may appear while a
 * secret is being rotated. The HMAC is computed over the bytes of `<t>.` followed by the raw request body,
 * exactly as received: a re-serialised JSON body will not verify.
 */
export const WEBHOOK_SIGNATURE_HEADER = 'Motcua-Signature';

/** Scheme tag of the signatures in the header. */
export const WEBHOOK_SIGNATURE_SCHEME = 'v1';

/** Deliveries older than this are refused by default, against replays. */
export const WEBHOOK_DEFAULT_TOLERANCE_SECONDS = 300;
