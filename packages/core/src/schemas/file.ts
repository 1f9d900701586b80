import * as z from 'zod/mini';
import { IdSchema, keyed, lineText, MediaTypeSchema } from './common.js';

const fileFields = {
  /** The id the upload endpoint returned. */
  fileId: IdSchema,
  /** The name the file had on the uploader's device, shown back to people. */
  name: lineText(255),
  mediaType: MediaTypeSchema,
  /** Bytes. */
  size: z.int().check(z.gte(0)),
};

/**
 * Giấy tờ, tệp đính kèm: a reference to an uploaded file, as a client puts it in e-form answers. The server
 * checks it against the stored upload; the client's `size` and `mediaType` let rules run before submission.
 *
 * @example
 * const file: FileReference = { fileId: 'file_01J2', name: 'giay-chung-sinh.pdf', mediaType: 'application/pdf', size: 182_044 };
 */
export const FileReferenceSchema = z.strictObject(fileFields);
export type FileReference = z.infer<typeof FileReferenceSchema>;

/**
 * A file the platform holds, with the SHA-256 it computed on receipt (hex), so anyone can verify the bytes
 * they download are the bytes that were filed.
 *
 * @example
 * const stored: StoredFile = { ...file, sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' };
 */
export const StoredFileSchema = z.object({
  ...fileFields,
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/, keyed('file.sha256'))),
});
export type StoredFile = z.infer<typeof StoredFileSchema>;
