/**
 * A portal's own small form for the integration tests of DateInput, CitizenIdInput and ErrorSummary: the
 * applicant's citizen ID and the birth date of the person on a civil-status extract, filed through the SDK on a
 * real draft of {@link EXTRACT_COPY}; the platform's field errors (a 422 problem) go to the summary and the fields.
 * Not shipped.
 */
import { type Dossier, isApiError, type MotcuaClient } from '@motcua/sdk';
import { type FormEvent, useState } from 'react';
import { CitizenIdInput } from '../citizen-id-input/CitizenIdInput.js';
import { DateInput } from '../date-input/DateInput.js';
import { ErrorSummary } from '../error-summary/ErrorSummary.js';
import type { ErrorSummaryItem } from '../error-summary/useErrorSummary.js';
import { extractCopyAnswers } from './sandbox.js';

/** The form's fields, named as the procedure's e-form names them, and used as the fields' ids. */
export const FIELDS = ['applicantCitizenId', 'subjectBirthDate'] as const;

export interface RequestFormProps {
  client: MotcuaClient;
  /** The draft to file. */
  draftId: string;
  /** CitizenIdInput's own check on submit (default true); off, the platform's check is the only one. */
  checkCitizenId?: boolean;
  onFiled: (dossier: Dossier) => void;
}

export function RequestForm({ client, draftId, checkCitizenId = true, onFiled }: RequestFormProps) {
  const [citizenId, setCitizenId] = useState({ raw: '', normalized: '' });
  const [birthDate, setBirthDate] = useState('');
  const [errors, setErrors] = useState<ErrorSummaryItem[]>([]);
  const [failures, setFailures] = useState(0);
  const errorOf = (field: string) => errors.find((error) => error.fieldId === field)?.message;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    if (event.defaultPrevented) return; // a widget's own check stopped it
    event.preventDefault();
    try {
      const dossier = await client.dossiers.submit(draftId, {
        declaration: true,
        formData: extractCopyAnswers({
          applicantCitizenId: citizenId.normalized,
          subjectBirthDate: birthDate,
        }),
      });
      setErrors([]);
      onFiled(dossier);
    } catch (error) {
      if (!isApiError(error)) throw error;
      // `['formData', 'subjectBirthDate']` → the field with that id; the form shows only its own fields.
      setErrors(
        FIELDS.flatMap((field) =>
          error.fieldErrors
            .filter((problem) => problem.path[0] === 'formData' && problem.path[1] === field)
            .slice(0, 1)
            .map((problem) => ({ fieldId: field, message: problem.message })),
        ),
      );
      setFailures((count) => count + 1);
    }
  };

  return (
    <form noValidate onSubmit={submit}>
      <ErrorSummary errors={errors} focusKey={failures} />
      <CitizenIdInput
        id="applicantCitizenId"
        checkOnSubmit={checkCitizenId}
        error={errorOf('applicantCitizenId')}
        value={citizenId.raw}
        onChange={(raw, normalized) => setCitizenId({ raw, normalized })}
      />
      <DateInput
        id="subjectBirthDate"
        label="Ngày sinh của người được cấp trích lục"
        error={errorOf('subjectBirthDate')}
        value={birthDate}
        onChange={setBirthDate}
      />
      <button type="submit" className="motcua-button">
        Gửi yêu cầu
      </button>
    </form>
  );
}
