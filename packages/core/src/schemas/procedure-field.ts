import * as z from 'zod/mini';

/**
 * Lĩnh vực: the field a procedure belongs to, e.g. `G03-GD10` (education). Codes differ between catalogues,
 * so only their presence is checked.
 *
 * @example
 * const field: ProcedureField = { code: 'G03-GD10', name: 'Giáo dục và Đào tạo' };
 */
export const ProcedureFieldSchema = z.object({
  code: z.string().check(z.minLength(1)),
  name: z.string().check(z.minLength(1)),
});
export type ProcedureField = z.infer<typeof ProcedureFieldSchema>;
