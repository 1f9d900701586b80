/**
 * What the dossier domain reads from the catalogue: procedures and agencies, straight from the seed data (an
 * in-memory lookup, so this module does not depend on the catalogue tables), the routing of a dossier to its
 * competent agency, and appointment dates.
 */
import type {
  Agency,
  AgencyRef,
  Channel,
  DocumentComponent,
  ProcedureChannel,
  ProcessingTime,
} from '@motcua/core';
import { findUnit } from '@motcua/core/units';
import { addWorkingDays, countWorkingDays, isWorkingDay, receiptDay } from '../calendar/index.js';
import { ProblemError } from '../http/problem.js';
import {
  agencyByCode,
  agencyForCommune,
  agencyForRole,
  type SeedProcedure,
  seedProcedureByCode,
} from '../seed-data/index.js';
import { says } from './messages.js';

const NATIONAL_CODE = /^\d\.\d{6}/;
const DAY_MS = 24 * 60 * 60 * 1000;
/** 17:00 local, the end of the working day, after local midnight. */
const END_OF_DAY_MS = 17 * 60 * 60 * 1000;

/**
 * A procedure by code. A local code (`2.000815.000.00.00.H55`) or an online-service code (`….01`) names the
 * national procedure it starts with.
 *
 * @example
 * findProcedure('1.001193.000.00.00.H26')?.code // '1.001193'
 */
export function findProcedure(code: string): SeedProcedure | undefined {
  const national = NATIONAL_CODE.exec(code.trim())?.[0];
  return national === undefined ? undefined : seedProcedureByCode(national);
}

/** The national part of a procedure code, for filters. */
export function nationalProcedureCode(code: string): string {
  return NATIONAL_CODE.exec(code.trim())?.[0] ?? code.trim();
}

/** A procedure or a 404 naming it. */
export function requireProcedure(code: string): SeedProcedure {
  const procedure = findProcedure(code);
  if (!procedure)
    throw new ProblemError('resource.notFound', { detail: says('procedure.notFound', { code }) });
  return procedure;
}

/** Online-capable: not `onlineLevel: 'none'`, and an online channel (2) is published. */
export function isOnlineCapable(procedure: SeedProcedure): boolean {
  return procedure.onlineLevel !== 'none' && procedure.channels.some((channel) => channel.channel === 2);
}

/** Throws 422 `procedure.notOnline` unless the procedure can be filed online. */
export function requireOnline(procedure: SeedProcedure): void {
  if (!isOnlineCapable(procedure)) {
    throw new ProblemError('procedure.notOnline', {
      detail: says('procedure.notOnline', { code: procedure.code }),
    });
  }
}

/** The published channel a dossier uses (processing time and fees differ by channel). */
export function channelOf(procedure: SeedProcedure, channel: number): ProcedureChannel | undefined {
  return procedure.channels.find((candidate) => candidate.channel === channel);
}

/** A document component of the procedure, or 422 `dossier.unknownComponent`. */
export function requireComponent(procedure: SeedProcedure, componentId: string): DocumentComponent {
  const component = procedure.documentComponents.find((candidate) => candidate.id === componentId);
  if (!component) {
    throw new ProblemError('dossier.unknownComponent', {
      detail: says('dossier.unknownComponent', { procedure: procedure.code, componentId }),
    });
  }
  return component;
}

/** A seeded agency by code. */
export function findAgency(code: string): Agency | undefined {
  return agencyByCode(code);
}

/** A seeded agency, or 404 naming it. */
export function requireAgency(code: string): Agency {
  const agency = agencyByCode(code);
  if (!agency) throw new ProblemError('resource.notFound', { detail: says('agency.notFound', { code }) });
  return agency;
}

/** The agency's name for a code, or the code itself for an agency the seed does not know. */
export function agencyName(code: string): string {
  return agencyByCode(code)?.name ?? code;
}

export function toAgencyRef(agency: Agency): AgencyRef {
  return { code: agency.code, name: agency.name };
}

/**
 * Kinds of agency with a one-stop desk that receives dossiers: commune People's Committees (their commune
 * service centres) and the provincial Public Administration Service Centre.
 */
const RECEIVING_KINDS: ReadonlySet<string> = new Set(['communeCommittee', 'serviceCentre']);

/**
 * Checks that an agency can receive dossiers (a commune committee or a service centre): 404 for an unknown
 * code, 422 `procedure.notAvailable` for an agency without a one-stop desk.
 */
export function requireReceivingAgency(code: string): Agency {
  const agency = requireAgency(code);
  if (!RECEIVING_KINDS.has(agency.kind)) {
    throw new ProblemError('procedure.notAvailable', {
      detail: says('agency.notReceiving', { code, name: agency.name }),
    });
  }
  return agency;
}

/**
 * Where a commune-level procedure is decided: the commune of the applicant's address when it lies in the
 * receiving agency's province, else the receiving agency's own commune.
 */
function competentCommune(receiving: Agency, applicantCommune: string | undefined): string | undefined {
  const unit = applicantCommune === undefined ? undefined : findUnit(applicantCommune);
  if (unit && unit.provinceCode === receiving.provinceCode) return unit.code;
  return receiving.communeCode;
}

/**
 * Boundary-free receipt (Decree 118/2025): a dossier filed at any centre of the province is routed to the
 * competent agency by the procedure's implementing role — a commune body of the applicant's commune for
 * commune-level procedures, the province's department (police, finance…) otherwise — and keeps the code the
 * receiving centre gave it. An applicant living in another province is refused: boundary-free receipt works
 * within a province. Throws 422 `procedure.notAvailable` when no competent agency can be found.
 *
 * @example
 * // filed at Hoàn Kiếm's centre by a Ba Đình resident: processed by Ba Đình's committee
 * routeDossier(birthRegistration, hoanKiem, '00004').code // '001.00.00.H26'
 */
export function routeDossier(
  procedure: SeedProcedure,
  receiving: Agency,
  applicantCommune: string | undefined,
): Agency {
  const unit = applicantCommune === undefined ? undefined : findUnit(applicantCommune);
  if (unit && unit.provinceCode !== receiving.provinceCode) {
    throw new ProblemError('procedure.notAvailable', {
      detail: says('agency.otherProvince', { code: receiving.code }),
    });
  }
  const implementing =
    procedure.agencyRoles.find((role) => role.part === 'implementing') ?? procedure.agencyRoles[0];
  let agency: Agency | undefined;
  if (implementing?.role === 'communeCommittee' || implementing?.role === 'communePolice') {
    const communeCode = competentCommune(receiving, applicantCommune);
    agency = communeCode === undefined ? undefined : agencyForRole(implementing.role, { communeCode });
  } else if (implementing) {
    agency = agencyForRole(implementing.role, { provinceCode: receiving.provinceCode });
  }
  if (!agency) {
    throw new ProblemError('procedure.notAvailable', {
      detail: says('procedure.notRouted', { code: procedure.code }),
    });
  }
  return agency;
}

/** The commune People's Committee (one-stop desk) of an address's commune, the default place to file. */
export function defaultReceivingAgency(communeCode: string | undefined): Agency | undefined {
  return communeCode === undefined ? undefined : agencyForCommune(communeCode);
}

/**
 * The appointment date (ngày hẹn trả) of a dossier received at `receivedAt`:
 * - `workingDays`: core's rules via `addWorkingDays` (receipt day not counted; after 17:00, weekends and
 *   holidays count from the next working day; due 17:00 local). Fractions round up to a whole working day.
 * - `days` (calendar days): counted from the receipt day; when the last day is not a working day the period
 *   ends on the next working day (Civil Code 2015, art. 148); due 17:00 local.
 * - `hours`: that many clock hours after receipt.
 *
 * @example
 * appointmentFor(new Date('2026-02-13T03:00:00Z'), { value: 3, unit: 'workingDays' }) // 2026-02-25T10:00:00Z
 */
export function appointmentFor(receivedAt: Date, time: ProcessingTime): Date {
  if (time.unit === 'hours') return new Date(receivedAt.getTime() + Math.ceil(time.value * 3_600_000));
  const days = Math.ceil(time.value);
  if (time.unit === 'workingDays') return addWorkingDays(receivedAt, days);
  let day = new Date(receiptDay(receivedAt).getTime() + days * DAY_MS);
  while (!isWorkingDay(day)) day = new Date(day.getTime() + DAY_MS);
  return new Date(day.getTime() + END_OF_DAY_MS);
}

/**
 * The supplement rule (kept simple, see README.md): the clock stops while the applicant supplements.
 * The whole working days left between the request and the old appointment are granted again from the answer:
 * new appointment = `addWorkingDays(answeredAt, remaining)`. A request made after the appointment had passed
 * leaves nothing to grant (the answer's own receipt day).
 *
 * @example
 * // requested Monday 10:00 with the appointment Thursday 17:00 (3 days left), answered the next Monday
 * resumedAppointment(monday, thursday, nextMonday) // next Thursday, 17:00
 */
export function resumedAppointment(requestedAt: Date, previous: Date, answeredAt: Date): Date {
  const remaining = previous > requestedAt ? countWorkingDays(requestedAt, previous) : 0;
  return addWorkingDays(answeredAt, remaining);
}

/** The channel codes by name, as history texts write them. */
export const CHANNEL_LABEL: Readonly<Record<Channel, string>> = {
  1: 'trực tiếp',
  2: 'trực tuyến',
  3: 'qua bưu chính công ích',
};
