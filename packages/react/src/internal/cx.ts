/** Joins class names, skipping empty ones. @example cx('motcua-input', invalid && 'motcua-input--error') */
export function cx(...names: (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(' ');
}
