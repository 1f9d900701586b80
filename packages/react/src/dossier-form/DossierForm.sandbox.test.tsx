import type { FormSpec } from '@motcua/core';
import { createClient, type MotcuaClient } from '@motcua/sdk';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, inject, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../test/axe.js';
import { renderWithProvider } from '../test/render.js';
import { DossierForm } from './DossierForm.js';

declare module 'vitest' {
  export interface ProvidedContext {
    sandboxUrl?: string;
  }
}

// Against the real sandbox (started by bench/sandbox-global-setup.ts); skipped when it is not running.
const baseUrl = inject('sandboxUrl') as string;

async function citizenClient(): Promise<MotcuaClient> {
  const response = await fetch(`${baseUrl}/sandbox/personas/citizen-an/token`, { method: 'POST' });
  const { accessToken } = (await response.json()) as { accessToken: string };
  return createClient({ baseUrl, token: accessToken, locale: 'vi' });
}

const byId = (id: string) => {
  const element = document.getElementById(`ks-${id}`);
  if (!element) throw new Error(`No element #ks-${id}`);
  return element as HTMLInputElement;
};

async function typeInto(id: string, text: string) {
  await userEvent.type(byId(id), text);
}

/** A week ago in Vietnam, as day/month/year. */
function lastWeek(): [string, string, string] {
  const date = new Date(Date.now() - 7 * 86_400_000 + 7 * 3_600_000);
  return [String(date.getUTCDate()), String(date.getUTCMonth() + 1), String(date.getUTCFullYear())];
}

describe.skipIf(!baseUrl)('DossierForm against the sandbox', () => {
  it("files the sandbox's own birth-registration form: consented prefill, answers, a real upload, one dossier", async () => {
    const client = await citizenClient();
    const procedure = await client.procedures.get('1.001193');
    const spec = procedure.formSpec as FormSpec;
    const onSubmitted = vi.fn();
    renderWithProvider(
      <DossierForm
        id="ks"
        spec={spec}
        procedureCode={procedure.code}
        layout="single"
        autosave={false}
        dossier={{
          applicant: { kind: 'citizen', fullName: 'Nguyễn Văn An', citizenId: '001087123456' },
          receivingAgencyCode: '000.00.01.H26',
        }}
        onSubmitted={onSubmitted}
      />,
      { client },
    );

    // Prefill, only after consent: identity from the population database (locked), contacts from the e-ID.
    const panel = screen.getByRole('region', { name: 'Dùng thông tin Nhà nước đã có' });
    await userEvent.click(within(panel).getByRole('checkbox'));
    await userEvent.click(within(panel).getByRole('button', { name: 'Lấy thông tin' }));
    await within(panel).findByText(/^Đã điền sẵn \d+ thông tin/, {}, { timeout: 5000 });
    expect(byId('applicantFullName').value).toBe('Nguyễn Văn An');
    expect(byId('applicantFullName').readOnly).toBe(true);
    expect(byId('applicantPhone').value).toBe('0912345678');
    await waitFor(() => expect(byId('applicantResidence-communeCode').value).toBe('00004'));
    expect(screen.getAllByText('Lấy từ Cơ sở dữ liệu quốc gia về dân cư').length).toBeGreaterThanOrEqual(3);

    await userEvent.selectOptions(byId('applicantRelation'), 'father');
    await typeInto('childFullName', 'Nguyễn An Nhiên');
    const [day, month, year] = lastWeek();
    await typeInto('childBirthDate', day);
    await typeInto('childBirthDate-month', month);
    await typeInto('childBirthDate-year', year);
    await userEvent.click(byId('childGender-1'));
    await waitFor(() => expect(byId('childBirthPlace-provinceCode').disabled).toBe(false));
    await userEvent.selectOptions(byId('childBirthPlace-provinceCode'), '01');
    await userEvent.selectOptions(byId('childBirthPlace-communeCode'), '00004');
    await typeInto('childHometown', 'Xã Ứng Hòa, Thành phố Hà Nội');
    await typeInto('motherFullName', 'Trần Thị Bình');
    await typeInto('motherCitizenId', '001190123456');
    await typeInto('fatherFullName', 'Nguyễn Văn An');
    await typeInto('fatherCitizenId', '001 087 123 456');
    const pdf = new File(['%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'], 'giay-chung-sinh.pdf', {
      type: 'application/pdf',
    });
    await userEvent.upload(byId('birthCertificate-input'), pdf);
    await waitFor(() => expect(screen.getByText('Đã tải lên')).toBeTruthy(), { timeout: 10_000 });
    await userEvent.click(byId('declaration'));
    await expectNoAxeViolations();

    await userEvent.click(screen.getByRole('button', { name: 'Tiếp tục' }));
    await screen.findByRole('heading', { name: 'Kiểm tra lại thông tin trước khi nộp' });
    expect(screen.getByText('giay-chung-sinh.pdf')).toBeTruthy();
    await expectNoAxeViolations();
    const submit = screen.getByRole('button', { name: 'Nộp hồ sơ' });
    await userEvent.dblClick(submit);
    await screen.findByRole('heading', { name: 'Đã nộp hồ sơ' }, { timeout: 10_000 });

    expect(onSubmitted).toHaveBeenCalledTimes(1);
    const dossier = onSubmitted.mock.calls[0]?.[0] as { code: string; status: number };
    expect(dossier.code).toMatch(/^.+-\d{6}-\d{4}$/);
    expect(screen.getByText(dossier.code)).toBeTruthy();
    const stored = await client.dossiers.get(dossier.code);
    expect(stored.formData).toMatchObject({
      childFullName: 'Nguyễn An Nhiên',
      fatherCitizenId: '001087123456',
    });
    expect(stored.documents.map((document) => document.componentId)).toContain('giay-chung-sinh');
    // Filed once, for all the clicking.
    const mine = await client.dossiers.list({ procedureCode: '1.001193' }).toArray({ limit: 50 });
    expect(mine.filter((summary) => summary.code !== null)).toHaveLength(1);
  });

  it("puts the platform's own errors on the right field: a component the server requires", async () => {
    const client = await citizenClient();
    // The widget's copy of the form forgot that the birth certificate is required; the platform has not.
    const spec: FormSpec = {
      id: 'to-khai-dang-ky-khai-sinh',
      version: 1,
      title: { vi: 'Tờ khai đăng ký khai sinh (bản rút gọn)' },
      fields: [
        { type: 'text', name: 'childFullName', label: { vi: 'Họ, chữ đệm, tên' }, required: true },
        {
          type: 'attachment',
          name: 'birthCertificate',
          label: { vi: 'Giấy chứng sinh' },
          componentId: 'giay-chung-sinh',
        },
        {
          type: 'checkbox',
          name: 'declaration',
          label: { vi: 'Tôi cam đoan nội dung khai trên đây là đúng sự thật' },
          required: true,
        },
      ],
    };
    renderWithProvider(
      <DossierForm
        id="ks"
        spec={spec}
        procedureCode="1.001193"
        autosave={false}
        prefill={false}
        dossier={{
          applicant: { kind: 'citizen', fullName: 'Nguyễn Văn An', citizenId: '001087123456' },
          receivingAgencyCode: '000.00.01.H26',
        }}
      />,
      { client },
    );
    await typeInto('childFullName', 'Nguyễn An Nhiên');
    await userEvent.click(byId('declaration'));
    await userEvent.click(screen.getByRole('button', { name: 'Tiếp tục' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Nộp hồ sơ' }));
    const link = await screen.findByRole('link', { name: /^Giấy chứng sinh: / }, { timeout: 10_000 });
    expect(
      screen.getByText('Cổng dịch vụ công chưa chấp nhận một số thông tin. Vui lòng sửa rồi nộp lại.'),
    ).toBeTruthy();
    expect(document.title.startsWith('Lỗi: ')).toBe(true);
    // Back on the form, nothing typed is lost, and the link leads to the upload.
    expect(byId('childFullName').value).toBe('Nguyễn An Nhiên');
    await userEvent.click(link);
    expect(document.activeElement).toBe(byId('birthCertificate'));
    await expectNoAxeViolations();
  });
});
