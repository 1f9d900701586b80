import {
  ActorSchema,
  AddressInputSchema,
  AddressSchema,
  AdministrativeUnitSchema,
  AgencyCodeSchema,
  AgencyRefSchema,
  AgencySchema,
  ApplicantInputSchema,
  ApplicantSchema,
  BeneficiarySchema,
  CitizenIdSchema,
  ConditionSchema,
  DateSchema,
  DateTimeSchema,
  DocumentComponentSchema,
  DocumentHashSchema,
  DocumentSubmissionInputSchema,
  DocumentSubmissionSchema,
  DossierCodeSchema,
  DossierDatesSchema,
  DossierDraftInputSchema,
  DossierFeeSchema,
  DossierResultSchema,
  DossierSchema,
  DossierStatusCodeSchema,
  DossierUpdateInputSchema,
  FeedbackInputSchema,
  FeedbackSchema,
  FeedbackSubmitterSchema,
  FeeSchema,
  FieldSpecSchema,
  FormSpecSchema,
  IdentityClaimsSchema,
  LegalDocumentSchema,
  LocalizedTextSchema,
  OfficerSchema,
  PaymentLineSchema,
  PaymentSchema,
  PhoneNumberSchema,
  ProcedureAgencySchema,
  ProcedureChannelSchema,
  ProcedureCodeSchema,
  ProcedureFieldSchema,
  ProcedureResultSchema,
  ProcedureSchema,
  ProcedureSummarySchema,
  ProcessingStepSchema,
  ProcessingTimeSchema,
  RegisteredPlaceSchema,
  SignatureRequestInputSchema,
  SignatureRequestSchema,
  SignatureValueSchema,
  SignerSchema,
  StoredFileSchema,
  SupplementRequestSchema,
  TaxCodeSchema,
} from '@motcua/core';
import type { Schema } from './endpoint.js';
import * as auth from './endpoints/auth.js';
import * as citizenData from './endpoints/citizen-data.js';
import * as dossiers from './endpoints/dossiers.js';
import * as feedback from './endpoints/feedback.js';
import * as files from './endpoints/files.js';
import * as officer from './endpoints/officer.js';
import * as payments from './endpoints/payments.js';
import * as sandbox from './endpoints/sandbox.js';
import * as signatures from './endpoints/signatures.js';
import * as webhooks from './endpoints/webhooks.js';
import { DossierEventSchema } from './events.js';
import { FieldProblemSchema, ProblemSchema } from './problems.js';

/** What a named schema may say about itself in the OpenAPI document, beyond its shape. */
export interface SchemaMeta {
  /** The component name: `#/components/schemas/<id>`. */
  id: string;
  description?: string;
  examples?: unknown[];
}

/**
 * The schemas that become named components of the OpenAPI document (and so named classes in generated Java
 * or C# clients), with a description for the ones whose shape alone does not say enough. Everything else
 * is inlined where used. Recursive schemas (`Condition`, `FieldSpec`) must be here: JSON Schema can only
 * express their recursion through a named reference.
 */
export const NAMED_SCHEMAS: ReadonlyArray<readonly [Schema, SchemaMeta]> = [
  // Identifiers: named so their rules are documented once.
  [
    DossierCodeSchema,
    {
      id: 'DossierCode',
      description:
        'Mã hồ sơ (dossier code): `<receiving agency code>-<yyMMdd>-<4-digit daily sequence>`; some systems write ' +
        '`yyyyMMdd` and 7 digits, which are accepted too.',
      examples: ['000.00.14.H56-250701-0001'],
    },
  ],
  [
    AgencyCodeSchema,
    {
      id: 'AgencyCode',
      description:
        'Mã định danh cơ quan (QCVN 102:2016/BTTTT): four dot groups, the level-1 code on the right.',
      examples: ['000.00.14.H56'],
    },
  ],
  [
    ProcedureCodeSchema,
    {
      id: 'ProcedureCode',
      description:
        'Mã thủ tục hành chính: national `d.dddddd`, or local (national + `.` + agency code), optionally + `.NN`.',
      examples: ['1.001193', '2.000815.000.00.00.H55'],
    },
  ],
  [
    CitizenIdSchema,
    {
      id: 'CitizenId',
      description:
        'Số định danh cá nhân (CCCD): 12 digits — birth-registration province, century and gender, birth year, ' +
        'then 6 digits. There is no checksum.',
      examples: ['001087123456'],
    },
  ],
  [
    TaxCodeSchema,
    {
      id: 'TaxCode',
      description: 'Mã số thuế: 10 digits with a check digit, optionally `-NNN` for a branch.',
      examples: ['0100233488', '0314409058-002'],
    },
  ],
  [
    PhoneNumberSchema,
    {
      id: 'PhoneNumber',
      description: 'A Vietnamese phone number, `0…` or `+84…`.',
      examples: ['0912345678'],
    },
  ],
  [
    DossierStatusCodeSchema,
    {
      id: 'DossierStatus',
      description:
        'Trạng thái hồ sơ, as the national portal synchronises it: 0 draft (ours, never synchronised), 1 submitted, ' +
        '2 accepted, 3 refused, 4 processing, 5 supplement requested, 6 fees requested, 7 withdrawn, 8 stopped, ' +
        '9 processed, 10 result returned.',
    },
  ],
  [ActorSchema, { id: 'Actor', description: 'Who moved a dossier.' }],
  [
    DateTimeSchema,
    {
      id: 'DateTime',
      description: 'ISO 8601 with an explicit offset.',
      examples: ['2025-07-01T08:30:00+07:00'],
    },
  ],
  [DateSchema, { id: 'Date', description: 'A calendar date `YYYY-MM-DD`.', examples: ['2025-07-01'] }],

  // Places, people and agencies.
  [AdministrativeUnitSchema, { id: 'AdministrativeUnit' }],
  [AddressSchema, { id: 'Address' }],
  [AddressInputSchema, { id: 'AddressInput' }],
  [RegisteredPlaceSchema, { id: 'RegisteredPlace' }],
  [IdentityClaimsSchema, { id: 'IdentityClaims' }],
  [ApplicantSchema, { id: 'Applicant' }],
  [ApplicantInputSchema, { id: 'ApplicantInput' }],
  [AgencySchema, { id: 'Agency' }],
  [AgencyRefSchema, { id: 'AgencyRef' }],
  [OfficerSchema, { id: 'Officer' }],

  // Procedures and e-forms.
  [ProcedureSchema, { id: 'Procedure' }],
  [ProcedureSummarySchema, { id: 'ProcedureSummary' }],
  [ProcedureFieldSchema, { id: 'ProcedureField' }],
  [ProcedureChannelSchema, { id: 'ProcedureChannel' }],
  [ProcessingTimeSchema, { id: 'ProcessingTime' }],
  [DocumentComponentSchema, { id: 'DocumentComponent' }],
  [ProcedureAgencySchema, { id: 'ProcedureAgency' }],
  [ProcedureResultSchema, { id: 'ProcedureResult' }],
  [LegalDocumentSchema, { id: 'LegalDocument' }],
  [FeeSchema, { id: 'Fee' }],
  [FormSpecSchema, { id: 'FormSpec' }],
  [FieldSpecSchema, { id: 'FieldSpec' }],
  [ConditionSchema, { id: 'Condition' }],
  [LocalizedTextSchema, { id: 'LocalizedText' }],

  // Dossiers.
  [DossierSchema, { id: 'Dossier' }],
  [dossiers.DossierSummarySchema, { id: 'DossierSummary' }],
  [dossiers.DossierSignatureSchema, { id: 'DossierSignature' }],
  [DossierDatesSchema, { id: 'DossierDates' }],
  [DocumentSubmissionSchema, { id: 'DocumentSubmission' }],
  [DossierFeeSchema, { id: 'DossierFee' }],
  [SupplementRequestSchema, { id: 'SupplementRequest' }],
  [DossierResultSchema, { id: 'DossierResult' }],
  [ProcessingStepSchema, { id: 'ProcessingStep' }],
  [DossierDraftInputSchema, { id: 'DossierDraftInput' }],
  [DossierUpdateInputSchema, { id: 'DossierUpdateInput' }],
  [DocumentSubmissionInputSchema, { id: 'DocumentSubmissionInput' }],
  [dossiers.SubmitDossierInputSchema, { id: 'SubmitDossierInput' }],
  [dossiers.WithdrawDossierInputSchema, { id: 'WithdrawDossierInput' }],
  [dossiers.AnswerSupplementInputSchema, { id: 'AnswerSupplementInput' }],
  [officer.AcceptDossierInputSchema, { id: 'AcceptDossierInput' }],
  [officer.ReasonInputSchema, { id: 'ReasonInput' }],
  [officer.AssignDossierInputSchema, { id: 'AssignDossierInput' }],
  [officer.RequestSupplementInputSchema, { id: 'RequestSupplementInput' }],
  [officer.RequestFeesInputSchema, { id: 'RequestFeesInput' }],
  [officer.RecordPaymentInputSchema, { id: 'RecordPaymentInput' }],
  [officer.FinishDossierInputSchema, { id: 'FinishDossierInput' }],
  [officer.ReturnResultInputSchema, { id: 'ReturnResultInput' }],
  [officer.TransferDossierInputSchema, { id: 'TransferDossierInput' }],
  [DossierEventSchema, { id: 'DossierEvent' }],

  // Files, payments, signatures.
  [StoredFileSchema, { id: 'StoredFile' }],
  [files.FileInfoSchema, { id: 'FileInfo' }],
  [PaymentSchema, { id: 'Payment' }],
  [payments.PaymentWithCheckoutSchema, { id: 'PaymentWithCheckout' }],
  [PaymentLineSchema, { id: 'PaymentLine' }],
  [BeneficiarySchema, { id: 'Beneficiary' }],
  [payments.CreatePaymentInputSchema, { id: 'CreatePaymentInput' }],
  [payments.GatewayCallbackSchema, { id: 'GatewayCallback' }],
  [SignatureRequestSchema, { id: 'SignatureRequest' }],
  [SignatureRequestInputSchema, { id: 'SignatureRequestInput' }],
  [SignatureValueSchema, { id: 'SignatureValue' }],
  [DocumentHashSchema, { id: 'DocumentHash' }],
  [SignerSchema, { id: 'Signer' }],
  [signatures.SignatureResultSchema, { id: 'SignatureResult' }],

  // Citizen data, feedback, webhooks.
  [citizenData.ConsentSchema, { id: 'Consent' }],
  [citizenData.CreateConsentInputSchema, { id: 'CreateConsentInput' }],
  [citizenData.PrefillResultSchema, { id: 'PrefillResult' }],
  [citizenData.PrefilledValueSchema, { id: 'PrefilledValue' }],
  [citizenData.CitizenDocumentSchema, { id: 'CitizenDocument' }],
  [FeedbackSchema, { id: 'Feedback' }],
  [FeedbackInputSchema, { id: 'FeedbackInput' }],
  [FeedbackSubmitterSchema, { id: 'FeedbackSubmitter' }],
  [feedback.AnswerFeedbackInputSchema, { id: 'AnswerFeedbackInput' }],
  [feedback.RejectFeedbackInputSchema, { id: 'RejectFeedbackInput' }],
  [webhooks.WebhookSubscriptionSchema, { id: 'WebhookSubscription' }],
  [webhooks.WebhookSubscriptionWithSecretSchema, { id: 'WebhookSubscriptionWithSecret' }],
  [webhooks.CreateWebhookInputSchema, { id: 'CreateWebhookInput' }],
  [webhooks.UpdateWebhookInputSchema, { id: 'UpdateWebhookInput' }],
  [webhooks.WebhookDeliverySchema, { id: 'WebhookDelivery' }],
  [webhooks.DeliveryAttemptSchema, { id: 'DeliveryAttempt' }],

  // Sign-in and sandbox.
  [auth.OpenIdConfigurationSchema, { id: 'OpenIdConfiguration' }],
  [auth.JsonWebKeySetSchema, { id: 'JsonWebKeySet' }],
  [auth.TokenRequestSchema, { id: 'TokenRequest' }],
  [auth.TokenResponseSchema, { id: 'TokenResponse' }],
  [auth.PrincipalInfoSchema, { id: 'PrincipalInfo' }],
  [sandbox.PersonaSchema, { id: 'Persona' }],
  [sandbox.PersonaTokenSchema, { id: 'PersonaToken' }],
  [sandbox.AgencyKeySchema, { id: 'AgencyKey' }],
  [sandbox.ClockStateSchema, { id: 'ClockState' }],
  [sandbox.AdvanceClockInputSchema, { id: 'AdvanceClockInput' }],
  [sandbox.AutopilotStateSchema, { id: 'AutopilotState' }],

  // Errors.
  [
    ProblemSchema,
    { id: 'Problem', description: 'RFC 9457 problem details, with a stable `code` to branch on.' },
  ],
  [FieldProblemSchema, { id: 'FieldProblem' }],
];
