/**
 * The officer autopilot, for demos: a background walker that moves submitted dossiers along realistic paths
 * with the same domain functions the officer endpoints use, acting as the seeded officers of the agencies
 * concerned (a stand-in "autopilot" officer when an agency has none).
 *
 * Paths, chosen per dossier by a hash of its code, so a given dossier always takes the same one:
 * - most: accept (desk) → assign (desk, to a specialist of the processing agency) → finish (specialist) →
 *   return result (desk of the result-delivery agency);
 * - one in five: the desk asks for a supplement before accepting;
 * - one in five: the specialist asks for a supplement during processing.
 * The autopilot plays officers only: a supplement waits for the applicant's answer (and fees for payment),
 * then the walk goes on. Agencies without a specialist persona finish at the desk (2 → 9).
 *
 * Speeds: `slow` one step every 30 s, `normal` every 5 s, `fast` every second (each dossier moves at most one
 * step per tick), `instant` every 100 ms, each dossier moving as far as it can. Disabled by default; stopped
 * when the sandbox closes.
 */
import type { sandbox } from '@motcua/contract';
import { DossierStatus as S } from '@motcua/core';
import type { Kysely } from 'kysely';
import { fromJson } from '../db/portable.js';
import type { Database, OfficerRole } from '../db/schema.js';
import type { OfficerActing } from '../dossiers/access.js';
import { type BackgroundDeps, inBackground } from '../dossiers/background.js';
import { agencyName, findProcedure } from '../dossiers/catalogue.js';
import {
  acceptDossier,
  assignDossier,
  type DomainContext,
  finishDossier,
  requestSupplement,
  returnResult,
} from '../dossiers/lifecycle.js';
import { type DossierRow, findDossierRow } from '../dossiers/repository.js';

type AutopilotState = sandbox.AutopilotState;
export type AutopilotSpeed = AutopilotState['speed'];

/** Milliseconds between ticks. */
export const AUTOPILOT_INTERVAL_MS: Readonly<Record<AutopilotSpeed, number>> = {
  slow: 30_000,
  normal: 5_000,
  fast: 1_000,
  instant: 100,
};

/** Dossiers looked at per tick, least recently changed first. */
const PER_TICK = 25;
/** In `instant` mode, the most steps one dossier takes in one tick. */
const INSTANT_STEPS = 8;
const WAITING_FOR_OFFICERS = [S.Submitted, S.Accepted, S.Processing, S.Processed];

export type AutopilotDeps = BackgroundDeps;

/** FNV-1a, 32 bits: a stable, well-spread hash of a dossier code. */
export function codeHash(code: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < code.length; i++) {
    hash ^= code.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** The path a dossier takes: whether (and where) it gets a supplement request. */
export function autopilotPath(code: string): 'straight' | 'supplementAtDesk' | 'supplementInProcessing' {
  const bucket = codeHash(code) % 5;
  return bucket === 0 ? 'supplementAtDesk' : bucket === 1 ? 'supplementInProcessing' : 'straight';
}

const ROLE_TITLE: Readonly<Record<OfficerRole, string>> = {
  deskOfficer: 'Cán bộ tiếp nhận',
  specialist: 'Chuyên viên xử lý',
};

/** The seeded officer playing a role at an agency (`preferred` first, when given), or a stand-in. */
async function officerFor(
  db: Kysely<Database>,
  agencyCode: string,
  role: OfficerRole,
  preferred?: string | null,
): Promise<OfficerActing> {
  const persona = await db
    .selectFrom('personas')
    .select(['id', 'display_name', 'claims'])
    .where('kind', '=', 'officer')
    .where('role', '=', role)
    .where('agency_code', '=', agencyCode)
    .orderBy((eb) =>
      eb
        .case()
        .when('id', '=', preferred ?? '')
        .then(0)
        .else(1)
        .end(),
    )
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
  const title = persona ? fromJson<{ title?: unknown }>(persona.claims).title : undefined;
  return {
    actor: role,
    agencyCode,
    via: 'autopilot',
    officer: {
      id: persona?.id ?? `autopilot-${role}`,
      name: persona?.display_name ?? 'Cán bộ tự động (autopilot)',
      title: typeof title === 'string' && title !== '' ? title : ROLE_TITLE[role],
      department: agencyName(agencyCode),
    },
  };
}

async function hasSupplement(db: Kysely<Database>, dossierId: string): Promise<boolean> {
  const row = await db
    .selectFrom('dossier_supplements')
    .select('id')
    .where('dossier_id', '=', dossierId)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

function supplementInput(row: DossierRow) {
  const component = findProcedure(row.procedure_code)?.documentComponents.find((c) => c.required);
  return {
    items: [
      {
        ...(component ? { componentId: component.id } : {}),
        description: component
          ? `Bản chụp “${component.name}” chưa rõ nét, đề nghị tải lên bản rõ hơn`
          : 'Đề nghị bổ sung giấy tờ chứng minh thông tin đã khai',
      },
    ],
    reason: 'Hồ sơ chưa đầy đủ, hợp lệ (autopilot)',
  };
}

/**
 * One step of one dossier, as the officers would take it; `false` when it waits for someone else.
 */
async function step(ctx: DomainContext, row: DossierRow): Promise<DossierRow | false> {
  if (row.code === null) return false;
  const path = autopilotPath(row.code);
  const receiving = row.receiving_agency_code;
  const processing = row.processing_agency_code;
  if (receiving === null || processing === null) return false;
  switch (row.status) {
    case S.Submitted: {
      const desk = await officerFor(ctx.db, receiving, 'deskOfficer');
      if (path === 'supplementAtDesk' && !(await hasSupplement(ctx.db, row.id))) {
        return requestSupplement(ctx, row, desk, supplementInput(row));
      }
      return acceptDossier(ctx, row, desk, 'Tiếp nhận tự động (autopilot)');
    }
    case S.Accepted: {
      const desk = await officerFor(ctx.db, receiving, 'deskOfficer');
      const specialist = await officerFor(ctx.db, processing, 'specialist');
      if (specialist.officer.id.startsWith('autopilot-')) {
        return finishDossier(ctx, row, desk, { results: resultsOf(row) });
      }
      return assignDossier(ctx, row, desk, { officerId: specialist.officer.id });
    }
    case S.Processing: {
      const specialist = await officerFor(ctx.db, processing, 'specialist', row.assigned_officer_id);
      if (path === 'supplementInProcessing' && !(await hasSupplement(ctx.db, row.id))) {
        return requestSupplement(ctx, row, specialist, supplementInput(row));
      }
      return finishDossier(ctx, row, specialist, { results: resultsOf(row) });
    }
    case S.Processed: {
      const where = row.result_delivery_agency_code ?? receiving;
      const desk = await officerFor(ctx.db, where, 'deskOfficer');
      const online = row.channel === 2 && findProcedure(row.procedure_code)?.onlineLevel === 'full';
      return returnResult(ctx, row, desk, { method: online ? 'online' : 'desk' });
    }
    default:
      return false;
  }
}

function resultsOf(row: DossierRow) {
  const results = findProcedure(row.procedure_code)?.results ?? [];
  return results.length > 0
    ? results.map((result) => ({ ...(result.code ? { code: result.code } : {}), name: result.name }))
    : [{ name: row.procedure_name }];
}

/**
 * The walker. `set()` switches it on or off; `tick()` runs one pass (tests call it directly); `stop()` ends it
 * for good, waiting for a pass in progress.
 */
export class Autopilot {
  readonly #deps: AutopilotDeps;
  #enabled = false;
  #speed: AutopilotSpeed = 'normal';
  #stopped = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #running: Promise<void> | undefined;

  constructor(deps: AutopilotDeps) {
    this.#deps = deps;
  }

  state(): AutopilotState {
    return { enabled: this.#enabled, speed: this.#speed };
  }

  /** Switches the walker on (first pass at once) or off; the speed stays as last set when not given. */
  set(enabled: boolean, speed?: AutopilotSpeed): AutopilotState {
    if (speed !== undefined) this.#speed = speed;
    this.#enabled = enabled && !this.#stopped;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.#enabled && !this.#running) this.#loop();
    return this.state();
  }

  #loop(): void {
    if (!this.#enabled || this.#stopped) return;
    this.#running = this.tick()
      .then(() => undefined)
      .catch(() => undefined)
      .finally(() => {
        this.#running = undefined;
        if (!this.#enabled || this.#stopped) return;
        this.#timer = setTimeout(() => this.#loop(), AUTOPILOT_INTERVAL_MS[this.#speed]);
        this.#timer.unref?.();
      });
  }

  /** One pass over the dossiers waiting for officers; returns how many steps were taken. */
  async tick(): Promise<number> {
    const { db } = this.#deps;
    const waiting = await db
      .selectFrom('dossiers')
      .select('id')
      .where('status', 'in', WAITING_FOR_OFFICERS)
      .orderBy('updated_at')
      .orderBy('id')
      .limit(PER_TICK)
      .execute();
    let moves = 0;
    for (const { id } of waiting) {
      const limit = this.#speed === 'instant' ? INSTANT_STEPS : 1;
      for (let i = 0; i < limit && !this.#stopped; i++) {
        if (!(await this.#advance(id))) break;
        moves++;
      }
    }
    return moves;
  }

  /** Moves one dossier one step, in its own transaction; events are published after commit. */
  async #advance(id: string): Promise<boolean> {
    try {
      return await inBackground(this.#deps, async (ctx) => {
        const row = await findDossierRow(ctx.db, id, { forUpdate: true, dialect: ctx.dialect });
        return row ? (await step(ctx, row)) !== false : false;
      });
    } catch {
      // Someone moved it first, or it cannot move on its own: leave it to the next pass.
      return false;
    }
  }

  /** Switches off for good (the sandbox is closing), after any pass in progress. */
  async stop(): Promise<void> {
    this.#stopped = true;
    this.#enabled = false;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = undefined;
    await this.#running;
  }
}
