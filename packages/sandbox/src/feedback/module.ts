import type { SandboxModule } from '../module.js';
import { feedbackRoutes } from './routes.js';
import { feedbackMigration } from './tables.js';

/**
 * Phản ánh, kiến nghị: citizens' feedback on procedures, dossiers and officers, and the addressed agency's
 * answers, with `feedback.received` / `feedback.answered` events for streams and webhooks.
 *
 * @example
 * const sandbox = await createSandbox({ modules: [feedbackModule] });
 */
export const feedbackModule: SandboxModule = {
  name: 'feedback',
  migrations: [feedbackMigration],
  routes: feedbackRoutes,
};
