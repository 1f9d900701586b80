import {
  WEBHOOK_DEFAULT_TOLERANCE_SECONDS,
  WEBHOOK_SIGNATURE_HEADER,
  WEBHOOK_SIGNATURE_SCHEME,
} from '@motcua/contract';

export { WEBHOOK_SIGNATURE_HEADER };

/** Raw body bytes as received: a `string` is taken as its UTF-8 bytes. */
export type RawBody = string | ArrayBuffer | ArrayBufferView;

export interface VerifyWebhookOptions {
  /** Maximum age of the delivery, in seconds (default 300). */
  toleranceSeconds?: number;
  /** The current time, for tests. */
  now?: Date;
}

/** Why a delivery was refused. */
export type WebhookFailure = 'malformedHeader' | 'noMatchingSignature' | 'timestampOutOfTolerance';

export type WebhookVerification = { ok: true; timestamp: number } | { ok: false; reason: WebhookFailure };

const encoder = new TextEncoder();

function bytesOf(body: RawBody): Uint8Array {
  if (typeof body === 'string') return encoder.encode(body);
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  return new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
}

async function hmacHex(secret: string, timestamp: number, body: RawBody): Promise<string> {
  const key = await crypto.subtle.importKey(
    'raw',
    encoder.encode(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const prefix = encoder.encode(`${timestamp}.`);
  const raw = bytesOf(body);
  const message = new Uint8Array(prefix.length + raw.length);
  message.set(prefix);
  message.set(raw, prefix.length);
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, message));
  return Array.from(mac, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Compares without an early exit, so timing reveals nothing about how much of a forged signature was right. */
function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

function parseHeader(header: string): { timestamp: number; signatures: string[] } | null {
  let timestamp: number | undefined;
  const signatures: string[] = [];
  for (const part of header.split(',')) {
    const [key, value] = part.trim().split('=', 2);
    if (key === 't' && value && /^\d{1,12}$/.test(value)) timestamp = Number(value);
    else if (key === WEBHOOK_SIGNATURE_SCHEME && value && /^[0-9a-f]{64}$/i.test(value))
      signatures.push(value.toLowerCase());
  }
  return timestamp === undefined || signatures.length === 0 ? null : { timestamp, signatures };
}

/**
 * Verifies a webhook delivery on its **raw** body, in constant time, against one or several secrets (during
 * rotation). Runs on WebCrypto: Node ≥ 22, browsers and workers.
 *
 * @example
 * app.post('/hooks/motcua', express.raw({ type: '*\/*' }), async (req, res) => {
 *   const result = await verifyWebhook(req.body, req.get('Motcua-Signature'), [process.env.HOOK_SECRET!]);
 *   if (!result.ok) return res.status(400).send(result.reason);
 *   const event = JSON.parse(req.body.toString('utf8'));
 * });
 */
export async function verifyWebhook(
  rawBody: RawBody,
  signatureHeader: string | null | undefined,
  secrets: string | readonly string[],
  options: VerifyWebhookOptions = {},
): Promise<WebhookVerification> {
  const parsed = signatureHeader ? parseHeader(signatureHeader) : null;
  if (!parsed) return { ok: false, reason: 'malformedHeader' };
  const tolerance = options.toleranceSeconds ?? WEBHOOK_DEFAULT_TOLERANCE_SECONDS;
  const nowSeconds = Math.floor((options.now ?? new Date()).getTime() / 1000);
  if (Math.abs(nowSeconds - parsed.timestamp) > tolerance)
    return { ok: false, reason: 'timestampOutOfTolerance' };
  for (const secret of typeof secrets === 'string' ? [secrets] : secrets) {
    const expected = await hmacHex(secret, parsed.timestamp, rawBody);
    // Check every candidate even after a match, keeping the work independent of which one matched.
    if (parsed.signatures.map((s) => constantTimeEqual(s, expected)).includes(true)) {
      return { ok: true, timestamp: parsed.timestamp };
    }
  }
  return { ok: false, reason: 'noMatchingSignature' };
}

/**
 * Signs a payload the way the platform does, to test your webhook handler.
 *
 * @example
 * const body = JSON.stringify({ type: 'dossier.statusChanged', data: { code, status: 2 } });
 * const header = await signWebhookPayload(body, 'whsec_test');
 * await fetch('http://localhost:3000/hooks/motcua', { method: 'POST', body, headers: { 'Motcua-Signature': header } });
 */
export async function signWebhookPayload(
  rawBody: RawBody,
  secret: string,
  options: { timestamp?: number } = {},
): Promise<string> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  return `t=${timestamp},${WEBHOOK_SIGNATURE_SCHEME}=${await hmacHex(secret, timestamp, rawBody)}`;
}
