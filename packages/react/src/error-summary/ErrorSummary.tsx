'use client';

import type { ReactNode } from 'react';
import { errorSummaryMessages } from '../messages/error-summary.js';
import { useT } from '../provider/hooks.js';
import { type ErrorSummaryItem, useErrorSummary } from './useErrorSummary.js';

export interface ErrorSummaryProps {
  /** The problems, in the order of the fields on the page. Nothing renders while it is empty. */
  errors: readonly ErrorSummaryItem[];
  /** Heading text; defaults to the catalogue's 'Có lỗi cần sửa' / 'There is a problem'. */
  title?: string;
  /** Optional text under the heading. */
  description?: ReactNode;
  /** Heading level, 2 by default (the page's h1 is the question or form title). */
  headingLevel?: 2 | 3 | 4;
  /** Move focus to the summary when it appears and whenever `focusKey` changes (default true). */
  autoFocus?: boolean;
  /** Change it on each failed submit (a counter) to focus the summary again. */
  focusKey?: unknown;
  /** Prefix the page title with 'Lỗi: ' / 'Error: ' while errors exist (default true). */
  prefixDocumentTitle?: boolean;
  onFieldFocus?: (fieldId: string) => void;
}

/**
 * Lists a form's errors at the top of the page (GOV.UK pattern): announced as an alert, focused when shown, each
 * message a link that focuses its field and scrolls the field's label into view. Validate on submit, not on blur.
 *
 * @example
 * <ErrorSummary focusKey={submitCount} errors={[{ fieldId: 'citizen-id', message: 'Số CCCD phải gồm 12 chữ số' }]} />
 */
export function ErrorSummary({
  errors,
  title,
  description,
  headingLevel = 2,
  autoFocus = true,
  focusKey,
  prefixDocumentTitle = true,
  onFieldFocus,
}: ErrorSummaryProps) {
  const t = useT(errorSummaryMessages);
  const { ref, titleId, hasErrors, onLinkClick } = useErrorSummary({
    errors,
    autoFocus,
    focusKey,
    titlePrefix: prefixDocumentTitle ? t('errorSummary.titlePrefix') : false,
    onFieldFocus,
  });
  if (!hasErrors) return null;
  const Heading = `h${headingLevel}` as const;
  return (
    <div ref={ref} className="motcua-error-summary" data-state="shown" tabIndex={-1}>
      <div role="alert">
        <Heading id={titleId} className="motcua-error-summary__title">
          {title ?? t('errorSummary.title')}
        </Heading>
        <div className="motcua-error-summary__body">
          {description ? <p className="motcua-error-summary__description">{description}</p> : null}
          <ul className="motcua-error-summary__list">
            {errors.map((error) => (
              <li key={`${error.fieldId}:${error.message}`}>
                <a
                  className="motcua-error-summary__link"
                  href={`#${error.fieldId}`}
                  onClick={(event) => onLinkClick(event, error.fieldId)}
                >
                  {error.message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
