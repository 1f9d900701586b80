/**
 * Moves focus to a form field and scrolls its label (or its fieldset's legend) into view, GOV.UK's error-summary
 * behaviour: scrolling the field itself would hide the question above it. Returns false when no such field exists.
 * Pure DOM, called from event handlers only (never during render or at import).
 *
 * @example
 * focusField('citizen-id') // focuses #citizen-id, scrolls <label for="citizen-id"> into view
 */
export function focusField(id: string, root: Document = document): boolean {
  const field = root.getElementById(id);
  if (!field) return false;
  const legend = field.closest('fieldset')?.querySelector('legend');
  const label = root.querySelector(`label[for="${CSS.escape(id)}"]`);
  const target = legend ?? label ?? field;
  target.scrollIntoView?.({ block: 'start' });
  field.focus({ preventScroll: true });
  return document.activeElement === field;
}
