/**
 * Magic values: inputs that make the sandbox's emulated outside parties (population registry, consent, remote
 * signing, payment gateway) answer with a given failure, so integrators can test every branch without control
 * endpoints. Everything else succeeds. All values are sandbox conventions (illustrative), chosen to be valid
 * in form: citizen IDs pass core's `isCitizenId`, phones core's phone rules, card numbers look like NAPAS
 * domestic cards (`9704…`, 16 digits, Luhn check digit valid), so a validating client lets them through to the emulator.
 *
 * The emulators read this table; keep a value in one place only.
 */
import { CITIZEN_IDS } from './population.js';

/** What a magic value is matched against. */
export type ScenarioTrigger = 'citizenId' | 'phone' | 'cardNumber' | 'taxCode';

export interface Scenario {
  /** The outside party that misbehaves. */
  readonly party: 'population' | 'consent' | 'signing' | 'payment';
  readonly trigger: ScenarioTrigger;
  readonly value: string;
  /** Other values that trigger the same outcome (e.g. the same person's phone). */
  readonly alsoTriggeredBy?: readonly { readonly trigger: ScenarioTrigger; readonly value: string }[];
  /** The outcome, in the terms of the emulated party (core's status names where they exist). */
  readonly outcome: string;
  readonly description: string;
}

/**
 * The magic values, by name.
 *
 * | name | party | trigger | value | outcome |
 * | --- | --- | --- | --- | --- |
 * | unknownCitizen | population | citizenId | 079099999999 | not found |
 * | registryUnavailable | population | citizenId | 001199999999 | platform unavailable (retryable) |
 * | consentNeverGiven | consent | citizenId | 034175003318 (Đỗ Thị Hạnh) | consent denied |
 * | signerRejects | signing | citizenId | 001081006604 (Phan Văn Lợi) / 0977000402 | rejected |
 * | signerLetsExpire | signing | citizenId | 075093002210 (Bùi Thanh Hải) / 0909000408 | expired after 5 min |
 * | signerWithoutCertificate | signing | citizenId | 077197003052 (Ngô Thị Kim Liên) | authorisationFailed |
 * | organisationSigningFails | signing | taxCode | 0314409058-002 | failed |
 * | payerDeclined | payment | citizenId | 030189004471 (Trịnh Thị Thu) / 0394000402 | failed |
 * | cardDeclined | payment | cardNumber | 9704000000000026 | failed |
 * | payerTimesOut | payment | citizenId | 079200001385 (Lý Minh Đức) / 0868000504 | pending until expired |
 * | cardTimesOut | payment | cardNumber | 9704000000000034 | pending until expired |
 * | cardSucceeds | payment | cardNumber | 9704000000000018 | paid |
 */
export const scenarios = {
  /** A well-formed ID (079 = born in TP.HCM, male, 1999) that the registry has never issued. */
  unknownCitizen: {
    party: 'population',
    trigger: 'citizenId',
    value: '079099999999',
    outcome: 'notFound',
    description:
      'Không tìm thấy công dân: the registry answers "no such citizen" (not an error of the platform).',
  },
  /** The data-sharing platform is down for this lookup: the caller should retry later or let the citizen type. */
  registryUnavailable: {
    party: 'population',
    trigger: 'citizenId',
    value: '001199999999',
    outcome: 'unavailable',
    description:
      'The provincial data-sharing platform (LGSP/NDXP) times out: retryable, prefill must degrade.',
  },
  /** A real registry record whose owner refuses every data-sharing consent request in VNeID. */
  consentNeverGiven: {
    party: 'consent',
    trigger: 'citizenId',
    value: CITIZEN_IDS.hanh,
    alsoTriggeredBy: [{ trigger: 'phone', value: '0913000111' }],
    outcome: 'denied',
    description: 'Đỗ Thị Hạnh declines consent: prefill must fall back to typed answers, nothing is shared.',
  },
  /** The signer opens the provider's app and presses "Từ chối". */
  signerRejects: {
    party: 'signing',
    trigger: 'citizenId',
    value: CITIZEN_IDS.loi,
    alsoTriggeredBy: [{ trigger: 'phone', value: '0977000402' }],
    outcome: 'rejected',
    description: 'Phan Văn Lợi rejects every remote-signing request (status `rejected`).',
  },
  /** The signer never answers; the transaction expires after about five minutes (of test-clock time). */
  signerLetsExpire: {
    party: 'signing',
    trigger: 'citizenId',
    value: CITIZEN_IDS.hai,
    alsoTriggeredBy: [{ trigger: 'phone', value: '0909000408' }],
    outcome: 'expired',
    description:
      'Bùi Thanh Hải never confirms: the request stays waiting, then `expired` when the clock passes it.',
  },
  /** A level-1 e-ID account holds no remote-signing certificate. */
  signerWithoutCertificate: {
    party: 'signing',
    trigger: 'citizenId',
    value: CITIZEN_IDS.lien,
    outcome: 'authorisationFailed',
    description: 'Ngô Thị Kim Liên (level-1 e-ID) has no signing certificate: `authorisationFailed` at once.',
  },
  /** An organisation's signing fails at the provider (HSM error). */
  organisationSigningFails: {
    party: 'signing',
    trigger: 'taxCode',
    value: '0314409058-002',
    outcome: 'failed',
    description: 'The branch 0314409058-002 signs as an organisation and the provider reports `failed`.',
  },
  /** The payer's bank declines. */
  payerDeclined: {
    party: 'payment',
    trigger: 'citizenId',
    value: CITIZEN_IDS.thu,
    alsoTriggeredBy: [{ trigger: 'phone', value: '0394000402' }],
    outcome: 'failed',
    description:
      'Trịnh Thị Thu\'s payments fail ("Giao dịch không thành công"), status `failed` with a reason.',
  },
  cardDeclined: {
    party: 'payment',
    trigger: 'cardNumber',
    value: '9704000000000026',
    outcome: 'failed',
    description: 'A domestic card refused for insufficient funds; any payer.',
  },
  /** The gateway never answers: the payment stays pending until it expires. */
  payerTimesOut: {
    party: 'payment',
    trigger: 'citizenId',
    value: CITIZEN_IDS.duc,
    alsoTriggeredBy: [{ trigger: 'phone', value: '0868000504' }],
    outcome: 'timeout',
    description: "Lý Minh Đức's payments stay `pending` (no callback) until `expiresAt`, then `expired`.",
  },
  cardTimesOut: {
    party: 'payment',
    trigger: 'cardNumber',
    value: '9704000000000034',
    outcome: 'timeout',
    description: 'A card whose bank never answers: `pending` until `expiresAt`, then `expired`.',
  },
  cardSucceeds: {
    party: 'payment',
    trigger: 'cardNumber',
    value: '9704000000000018',
    outcome: 'paid',
    description: 'A card that always pays (the default card of the sandbox checkout page).',
  },
} as const satisfies Record<string, Scenario>;

export type ScenarioName = keyof typeof scenarios;

/**
 * The scenario a value triggers for one party, if any.
 *
 * @example
 * scenarioFor('signing', 'citizenId', '001081006604')?.outcome // 'rejected'
 */
export function scenarioFor(
  party: Scenario['party'],
  trigger: ScenarioTrigger,
  value: string,
): (Scenario & { name: ScenarioName }) | undefined {
  const wanted = value.trim();
  for (const [name, scenario] of Object.entries(scenarios) as [ScenarioName, Scenario][]) {
    if (scenario.party !== party) continue;
    const matches =
      (scenario.trigger === trigger && scenario.value === wanted) ||
      (scenario.alsoTriggeredBy ?? []).some((alt) => alt.trigger === trigger && alt.value === wanted);
    if (matches) return { ...scenario, name };
  }
  return undefined;
}
