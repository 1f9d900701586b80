export { escapeHtml, renderCheckoutPage } from './checkout-page.js';
export { findDossierByCode, type PayableDossier, recordFeesPaidOnline, unpaidFees } from './dossier-fees.js';
export {
  GATEWAY_SECRET_ENV,
  type GatewayOutcome,
  gatewayOutcome,
  gatewaySecret,
  gatewaySignature,
  SANDBOX_GATEWAY_SECRET,
  verifyGatewaySignature,
} from './gateway.js';
export { createPaymentsModule, type PaymentsModuleOptions, paymentsModule } from './module.js';
export { checkoutPage, checkoutSubmit, type PaymentRoutesOptions, paymentRoutes } from './routes.js';
export {
  checkoutUrl,
  nextLookupCode,
  PAYMENT_TTL_MS,
  refreshPayment,
  type Settlement,
  settlePayment,
  toPayment,
  treasuryAccount,
} from './service.js';
