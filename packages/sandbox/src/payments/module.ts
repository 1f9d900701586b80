import type { SandboxModule } from '../module.js';
import { type PaymentRoutesOptions, paymentRoutes } from './routes.js';
import { paymentsMigration } from './tables.js';

/** Options of {@link createPaymentsModule}. */
export type PaymentsModuleOptions = PaymentRoutesOptions;

/**
 * Online payment of dossiers' fees through an emulated payment platform: payments with lookup codes, the
 * gateway's checkout page and signed callback, sandbox controls, magic-value scenarios and lazy expiry.
 *
 * @example
 * const sandbox = await createSandbox({ modules: [createPaymentsModule({ gatewaySecret: 'gw_test' })] });
 */
export function createPaymentsModule(options: PaymentsModuleOptions = {}): SandboxModule {
  return { name: 'payments', migrations: [paymentsMigration], routes: paymentRoutes(options) };
}

/** The payments module with the default gateway secret (`$MOTCUA_PAYMENT_GATEWAY_SECRET` or the published one). */
export const paymentsModule: SandboxModule = createPaymentsModule();
