'use client';

import { type MouseEvent, useCallback, useEffect, useId, useRef } from 'react';
import { useDocumentTitlePrefix } from '../internal/document-title.js';
import { focusField } from '../internal/focus.js';

/** One problem to list: the message shown beside the field, and the id of the field (input, or first input of a group). */
export interface ErrorSummaryItem {
  fieldId: string;
  message: string;
}

export interface UseErrorSummaryOptions {
  errors: readonly ErrorSummaryItem[];
  /** Move focus to the summary when errors appear or `focusKey` changes (default true). */
  autoFocus?: boolean;
  /** Change it (e.g. a submit counter) to focus the summary again on every failed submit. */
  focusKey?: unknown;
  /** The word put before the page title while errors exist ('Lỗi: '); `false` leaves the title alone. */
  titlePrefix?: string | false;
  /** Called after a link moved focus to its field. */
  onFieldFocus?: (fieldId: string) => void;
}

/**
 * The behaviour of GOV.UK's error summary, without markup: focus on appearance, links that focus their field
 * and scroll its label into view, and the page title prefixed while there are errors.
 *
 * @example
 * const { ref, titleId, onLinkClick } = useErrorSummary({ errors, focusKey: submitCount, titlePrefix: 'Lỗi: ' });
 */
export function useErrorSummary({
  errors,
  autoFocus = true,
  focusKey,
  titlePrefix = false,
  onFieldFocus,
}: UseErrorSummaryOptions) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const hasErrors = errors.length > 0;

  useEffect(() => {
    // focusKey is a dependency on purpose: a new failed submit must bring the summary back into focus.
    void focusKey;
    if (hasErrors && autoFocus) ref.current?.focus();
  }, [hasErrors, autoFocus, focusKey]);

  useDocumentTitlePrefix(titlePrefix || '', hasErrors && titlePrefix !== false);

  const onLinkClick = useCallback(
    (event: MouseEvent<HTMLAnchorElement>, fieldId: string) => {
      if (focusField(fieldId)) {
        event.preventDefault();
        onFieldFocus?.(fieldId);
      }
    },
    [onFieldFocus],
  );

  return { ref, titleId, hasErrors, onLinkClick };
}
