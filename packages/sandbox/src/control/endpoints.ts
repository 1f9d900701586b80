/**
 * The sandbox-only endpoints this module serves, as the contract declares them (`sandbox.*` in
 * `@motcua/contract`). `sandbox.setAutopilot` is served by the dossiers module, not here.
 */
import { sandbox } from '@motcua/contract';

export const {
  getClock,
  advanceClock,
  reset,
  listPersonas,
  issuePersonaToken,
  createAgencyKey,
  health,
  openApi,
  ClockStateSchema,
  AdvanceClockInputSchema,
  PersonaSchema,
  PersonaTokenSchema,
  AgencyKeySchema,
} = sandbox;
