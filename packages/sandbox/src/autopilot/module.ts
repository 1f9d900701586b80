import { sandbox } from '@motcua/contract';
import { route } from '../http/route.js';
import type { SandboxModule } from '../module.js';
import type { Autopilot } from './autopilot.js';

/**
 * `POST /sandbox/autopilot` (the contract's `sandbox.setAutopilot`): switches the officer autopilot on or
 * off. The control module does not serve this endpoint, so this module does.
 *
 * @example
 * const modules = [autopilotModule(new Autopilot({ db, dialect, bus }))];
 */
export function autopilotModule(autopilot: Autopilot): SandboxModule {
  return {
    name: 'autopilot',
    routes: [route(sandbox.setAutopilot, ({ body }) => autopilot.set(body.enabled, body.speed))],
  };
}
