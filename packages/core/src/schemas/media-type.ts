// Zod-free, so that a file picker can check types before upload without shipping a validator.

/**
 * Whether a file's media type is among the accepted ones (`image/*` covers every image type); parameters
 * such as `; charset=utf-8` are ignored. An empty or absent list accepts everything.
 *
 * @example
 * isAcceptedMediaType('image/png', ['application/pdf', 'image/*']) // true
 */
export function isAcceptedMediaType(mediaType: string, accepted: readonly string[] | undefined): boolean {
  if (!accepted || accepted.length === 0) return true;
  const type = (mediaType.split(';')[0] ?? '').trim().toLowerCase();
  const family = type.split('/')[0];
  return accepted.some((range) => {
    const wanted = range.toLowerCase();
    return wanted === type || (wanted.endsWith('/*') && wanted.slice(0, -2) === family);
  });
}
