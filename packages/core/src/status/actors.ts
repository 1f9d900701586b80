/**
 * Who moves a dossier: the applicant (người nộp), the one-stop desk officer (cán bộ tiếp nhận), the specialist
 * of the competent department (chuyên viên xử lý), or the platform itself (deadlines, payments, e-results).
 *
 * @example
 * ACTORS.includes('specialist') // true
 */
export const ACTORS = ['applicant', 'deskOfficer', 'specialist', 'system'] as const;

/** One of {@link ACTORS}. */
export type Actor = (typeof ACTORS)[number];
