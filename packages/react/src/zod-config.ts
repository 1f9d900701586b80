// The browser entry's one side effect (listed in package.json `sideEffects`): zod must never probe
// `new Function`, which a strict Content-Security-Policy (no 'unsafe-eval') reports as a violation. Schemas run
// at about half their JIT speed, which is plenty for forms. It is global: core's schemas use the same zod.
import { config } from 'zod/mini';

config({ jitless: true });
