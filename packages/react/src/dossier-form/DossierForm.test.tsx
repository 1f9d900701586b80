import type { FormSpec } from '@motcua/core';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../test/axe.js';
import { createFixtureClient } from '../test/fixtures.js';
import { renderWithProvider } from '../test/render.js';
import { DossierForm, UnusableSpecBoundary } from './DossierForm.js';
import { draftKey } from './draft.js';
import { apiError, BIRTH_PROCEDURE, birthSpec, dossierParts, shortSpec } from './fixtures.js';
import { FormStore } from './form-store.js';

const applicant = { kind: 'citizen' as const, fullName: 'Trần Thị Bình', citizenId: '001190123456' };
const details = { applicant, receivingAgencyCode: '000.00.14.H56' };
const NOW = () => new Date('2025-07-01T03:00:00Z');

/** Renders when given the short spec, and throws as a broken spec would otherwise. */
function Broken({ spec }: { spec: FormSpec }) {
  if (spec !== shortSpec) throw new TypeError('spec.fields is not iterable');
  return <p>ready</p>;
}

function setup(
  spec: FormSpec,
  options: {
    locale?: 'vi' | 'en';
    parts?: ReturnType<typeof dossierParts>;
    autosave?: boolean;
    layout?: 'pages' | 'single';
    procedureCode?: string;
    onSubmitted?: () => void;
  } = {},
) {
  const fixture = options.parts ?? dossierParts();
  const client = createFixtureClient({ parts: fixture.parts });
  const result = renderWithProvider(
    <DossierForm
      spec={spec}
      procedureCode={options.procedureCode ?? BIRTH_PROCEDURE}
      dossier={details}
      autosave={options.autosave ?? false}
      layout={options.layout}
      now={NOW}
      onSubmitted={options.onSubmitted}
    />,
    { client, locale: options.locale },
  );
  return { ...result, fixture, client };
}

const continueButton = () => screen.getByRole('button', { name: /^(Tiếp tục|Continue)$/ });

describe('DossierForm: pages, errors, focus', () => {
  it('shows one section per page with its step, and an error summary that takes focus and links to fields', async () => {
    setup(birthSpec);
    expect(screen.getByRole('heading', { level: 1, name: 'Tờ khai đăng ký khai sinh' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Bước 1/5 Thông tin đăng ký' })).toBeTruthy();
    // Don't validate on blur: tabbing through leaves no error.
    await userEvent.click(screen.getByLabelText('Đăng ký khai sinh đúng hạn'));
    await userEvent.click(screen.getByLabelText('Đăng ký khai sinh quá hạn'));
    const reason = await screen.findByLabelText('Lý do đăng ký quá hạn');
    await userEvent.click(reason);
    await userEvent.tab();
    expect(document.querySelector('.motcua-error-message')).toBeNull();

    await userEvent.click(continueButton());
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('heading', { name: 'Có lỗi cần sửa' })).toBeTruthy();
    expect(document.activeElement).toBe(summary.parentElement);
    expect(document.title).toBe('Lỗi: motcua');
    const link = within(summary).getByRole('link', {
      name: 'Lý do đăng ký quá hạn: Vui lòng nhập thông tin này',
    });
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(reason.getAttribute('aria-describedby')).toContain('-error');
    await expectNoAxeViolations();

    await userEvent.click(link);
    expect(document.activeElement).toBe(reason);
    await userEvent.type(reason, 'Gia đình ở xa, không kịp đăng ký');
    await userEvent.keyboard('{Enter}');
    // The textarea takes Enter as a new line; submit with the button.
    await userEvent.click(continueButton());
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 2, name: 'Bước 2/5 Thông tin của trẻ' })).toBeTruthy(),
    );
    expect(document.activeElement?.textContent).toContain('Bước 2/5');
    expect(document.title).toBe('motcua');
  });

  it('keeps what was typed when errors show, and hides conditional fields without clearing them', async () => {
    setup(birthSpec, { layout: 'single' });
    const name = screen.getByLabelText('Họ, chữ đệm và tên');
    await userEvent.type(name, 'Nguyễn 123');
    await userEvent.click(screen.getByLabelText('Chưa xác định được cha'));
    expect(screen.queryByLabelText('Họ, chữ đệm và tên người cha')).toBeNull();
    await userEvent.click(screen.getByLabelText('Chưa xác định được cha'));
    const father = screen.getByLabelText('Họ, chữ đệm và tên người cha');
    await userEvent.type(father, 'Nguyễn Văn An');
    await userEvent.click(screen.getByLabelText('Chưa xác định được cha'));
    await userEvent.click(continueButton());
    await screen.findByRole('alert');
    expect((screen.getByLabelText('Họ, chữ đệm và tên') as HTMLInputElement).value).toBe('Nguyễn 123');
    expect(
      screen.getByRole('link', { name: 'Họ, chữ đệm và tên: Họ tên chỉ gồm chữ cái và dấu cách' }),
    ).toBeTruthy();
    await userEvent.click(screen.getByLabelText('Chưa xác định được cha'));
    expect((screen.getByLabelText('Họ, chữ đệm và tên người cha') as HTMLInputElement).value).toBe(
      'Nguyễn Văn An',
    );
  });

  it('reports incomplete dates by part and links to the first wrong box', async () => {
    setup(birthSpec, { layout: 'single' });
    const group = screen.getByRole('group', { name: 'Ngày, tháng, năm sinh' });
    await userEvent.type(within(group).getByLabelText('Ngày'), '20');
    await userEvent.type(within(group).getByLabelText('Năm'), '2025');
    await userEvent.click(continueButton());
    const link = await screen.findByRole('link', {
      name: 'Ngày, tháng, năm sinh: Ngày phải có đủ ngày, tháng và năm',
    });
    expect(within(group).getByLabelText('Tháng').getAttribute('aria-invalid')).toBe('true');
    expect(within(group).getByLabelText('Ngày').hasAttribute('aria-invalid')).toBe(false);
    await userEvent.click(link);
    expect(document.activeElement).toBe(within(group).getByLabelText('Tháng'));
  });

  it('adds and removes repeatable group items within min/max, moving focus sensibly', async () => {
    setup(birthSpec, { layout: 'single' });
    const group = screen.getByRole('group', { name: 'Người làm chứng' });
    expect(within(group).getByText('Chưa có ai.')).toBeTruthy();
    const add = within(group).getByRole('button', { name: 'Thêm người làm chứng' });
    await userEvent.click(add);
    await waitFor(() =>
      expect(document.activeElement).toBe(
        screen.getByRole('group', { name: 'Người làm chứng 1' }).querySelector('input'),
      ),
    );
    await userEvent.keyboard('Lê Văn Cường');
    await userEvent.click(within(group).getByRole('button', { name: 'Thêm người làm chứng' }));
    await userEvent.click(within(group).getByRole('button', { name: 'Thêm người làm chứng' }));
    expect(within(group).queryByRole('button', { name: 'Thêm người làm chứng' })).toBeNull();
    expect(within(group).getByText('Tối đa 3.')).toBeTruthy();
    await userEvent.click(within(group).getByRole('button', { name: 'Xóa Người làm chứng 2' }));
    expect(screen.queryByRole('group', { name: 'Người làm chứng 3' })).toBeNull();
    await waitFor(() =>
      expect(document.activeElement).toBe(
        within(group).getByRole('button', { name: 'Thêm người làm chứng' }),
      ),
    );
    expect(screen.getAllByRole('status').map((region) => region.textContent)).toContain(
      'Đã xóa Người làm chứng 2',
    );
    const first = screen.getByRole('group', { name: 'Người làm chứng 1' });
    expect((within(first).getByLabelText('Họ và tên') as HTMLInputElement).value).toBe('Lê Văn Cường');
    await userEvent.click(continueButton());
    expect(
      await screen.findByRole('link', {
        name: 'Số định danh cá nhân (Người làm chứng 1): Vui lòng nhập thông tin này',
      }),
    ).toBeTruthy();
    await expectNoAxeViolations();
  });

  it('throws a clear error naming the path of a malformed spec', () => {
    const broken = {
      ...shortSpec,
      fields: [{ type: 'radio', name: 'x', label: { vi: 'X' }, options: [] }],
    } as unknown as FormSpec;
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => setup(broken)).toThrow(
      /DossierForm: the form spec "phan-anh" is invalid:\n {2}fields\.0\.options: /,
    );
    spy.mockRestore();
  });

  it('in production, shows a notice instead of a form its spec breaks, and tries again with another spec', async () => {
    const broken = { ...shortSpec, fields: null } as unknown as FormSpec;
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const view = renderWithProvider(
      <UnusableSpecBoundary spec={broken}>
        <Broken spec={broken} />
      </UnusableSpecBoundary>,
    );
    expect(screen.getByRole('alert').textContent).toBe(
      'Tờ khai của thủ tục này đang bị lỗi nên chưa hiển thị được. Vui lòng thử lại sau hoặc liên hệ cơ quan tiếp nhận hồ sơ.',
    );
    await expectNoAxeViolations();
    view.rerender(
      <UnusableSpecBoundary spec={shortSpec}>
        <Broken spec={shortSpec} />
      </UnusableSpecBoundary>,
    );
    expect(screen.getByText('ready')).toBeTruthy();
    spy.mockRestore();
  });

  it('renders hostile text from the spec and from answers as text', async () => {
    const hostile: FormSpec = {
      ...shortSpec,
      title: { vi: '<img src=x onerror=alert(1)>Tờ khai' },
      fields: [
        { type: 'text', name: 'subject', label: { vi: '<script>alert(1)</script>Tiêu đề' }, required: true },
      ],
    };
    setup(hostile);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('<img src=x onerror=alert(1)>Tờ khai');
    expect(document.querySelector('.motcua-dossier-form img, .motcua-dossier-form script')).toBeNull();
    await userEvent.type(screen.getByLabelText('<script>alert(1)</script>Tiêu đề'), '<b>đậm</b>');
    await userEvent.click(continueButton());
    expect(await screen.findByText('<b>đậm</b>')).toBeTruthy();
    expect(document.querySelector('.motcua-dossier-form b')).toBeNull();
  });

  it('speaks English when asked', async () => {
    setup(birthSpec, { locale: 'en' });
    expect(screen.getByRole('heading', { level: 1, name: 'Birth registration' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Step 1 of 5 Registration' })).toBeTruthy();
    await userEvent.click(continueButton());
    expect(
      await screen.findByRole('link', { name: 'Type of registration: Enter this information' }),
    ).toBeTruthy();
    expect(document.title).toBe('Error: motcua');
  });
});

describe('DossierForm: keyboard only', () => {
  it('can be completed, checked and submitted with the keyboard alone', async () => {
    const onSubmitted = vi.fn();
    const { fixture } = setup(shortSpec, { onSubmitted });
    await userEvent.tab();
    expect(document.activeElement).toBe(screen.getByLabelText('Tiêu đề'));
    await userEvent.keyboard('Đèn đường hỏng');
    await userEvent.tab();
    await userEvent.keyboard('Đèn đường trước số 12 phố Hàng Bạc không sáng từ tối 30/6.');
    await userEvent.tab();
    expect(document.activeElement).toBe(continueButton());
    await userEvent.keyboard('{Enter}');
    const heading = await screen.findByRole('heading', { name: 'Kiểm tra lại thông tin trước khi nộp' });
    expect(document.activeElement).toBe(heading);
    expect(screen.getByText('Đèn đường hỏng')).toBeTruthy();
    // Change link → back to the question, focused; Continue returns to the check page.
    await userEvent.tab();
    expect(document.activeElement?.textContent).toBe('Thay đổi thông tin “Tiêu đề”');
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Tiêu đề')));
    await userEvent.keyboard(' ở Hàng Bạc{Enter}');
    await screen.findByRole('heading', { name: 'Kiểm tra lại thông tin trước khi nộp' });
    expect(screen.getByText('Đèn đường hỏng ở Hàng Bạc')).toBeTruthy();
    const submit = screen.getByRole('button', { name: 'Nộp hồ sơ' });
    submit.focus();
    await userEvent.keyboard('{Enter}');
    const done = await screen.findByRole('heading', { name: 'Đã nộp hồ sơ' });
    await waitFor(() => expect(document.activeElement).toBe(done));
    expect(screen.getByText('000.00.14.H56-250701-0001')).toBeTruthy();
    expect(onSubmitted).toHaveBeenCalledTimes(1);
    expect(fixture.submitted).toBe(1);
    await expectNoAxeViolations();
  });
});

describe('DossierForm: keyboard only, one thing per page', () => {
  const paged: FormSpec = {
    id: 'hai-trang',
    version: 1,
    title: { vi: 'Tờ khai hai trang' },
    fields: [
      {
        type: 'section',
        name: 'p1',
        title: { vi: 'Thông tin chung' },
        fields: [
          {
            type: 'radio',
            name: 'kind',
            label: { vi: 'Loại yêu cầu' },
            required: true,
            options: [
              { value: 'new', label: { vi: 'Cấp mới' } },
              { value: 'again', label: { vi: 'Cấp lại' } },
            ],
          },
          { type: 'date', name: 'when', label: { vi: 'Ngày xảy ra' }, required: true, max: 'today' },
        ],
      },
      {
        type: 'section',
        name: 'p2',
        title: { vi: 'Xác nhận' },
        fields: [
          {
            type: 'select',
            name: 'copies',
            label: { vi: 'Số bản sao' },
            required: true,
            options: [
              { value: '1', label: { vi: 'Một bản' } },
              { value: '2', label: { vi: 'Hai bản' } },
            ],
          },
          { type: 'checkbox', name: 'declaration', label: { vi: 'Tôi cam đoan' }, required: true },
        ],
      },
    ],
  };

  it('moves page by page, keeps focus where it belongs, and submits with the keyboard alone', async () => {
    const onSubmitted = vi.fn();
    setup(paged, { onSubmitted, procedureCode: '2.000003' });
    await userEvent.tab();
    expect(document.activeElement).toBe(screen.getByLabelText('Cấp mới'));
    await userEvent.keyboard('{ArrowDown}');
    expect((screen.getByLabelText('Cấp lại') as HTMLInputElement).checked).toBe(true);
    await userEvent.tab();
    await userEvent.keyboard('30');
    await userEvent.tab();
    await userEvent.keyboard('6');
    await userEvent.tab();
    await userEvent.keyboard('2025{Enter}');
    const page2 = await screen.findByRole('heading', { name: 'Bước 2/2 Xác nhận' });
    expect(document.activeElement).toBe(page2);
    // Nothing chosen yet: Enter shows the summary, focused; its first link leads to the question.
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    const summary = await screen.findByRole('alert');
    expect(document.activeElement).toBe(summary.parentElement);
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    expect(document.activeElement).toBe(screen.getByLabelText('Số bản sao'));
    await userEvent.keyboard('{ArrowDown}');
    await userEvent.tab();
    await userEvent.keyboard(' ');
    expect((screen.getByLabelText('Tôi cam đoan') as HTMLInputElement).checked).toBe(true);
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    const check = await screen.findByRole('heading', { name: 'Kiểm tra lại thông tin trước khi nộp' });
    expect(document.activeElement).toBe(check);
    expect(screen.getByText('30/06/2025')).toBeTruthy();
    expect(screen.getByText('Cấp lại')).toBeTruthy();
    const submit = screen.getByRole('button', { name: 'Nộp hồ sơ' });
    while (document.activeElement !== submit) await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await screen.findByRole('heading', { name: 'Đã nộp hồ sơ' });
    expect(onSubmitted).toHaveBeenCalledTimes(1);
  });
});

describe('DossierForm: submission', () => {
  async function fillShort() {
    await userEvent.type(screen.getByLabelText('Tiêu đề'), 'Đèn đường hỏng');
    await userEvent.type(screen.getByLabelText('Nội dung phản ánh'), 'Không sáng');
    await userEvent.click(continueButton());
    await screen.findByRole('heading', { name: 'Kiểm tra lại thông tin trước khi nộp' });
  }

  it('files once for a double click: create → submit with one idempotency key', async () => {
    const parts = dossierParts({ latencyMs: 30 });
    setup(shortSpec, { parts });
    await fillShort();
    const submit = screen.getByRole('button', { name: 'Nộp hồ sơ' });
    await userEvent.dblClick(submit);
    // And once more while the first is still on its way.
    if (submit.isConnected) submit.click();
    await screen.findByRole('heading', { name: 'Đã nộp hồ sơ' });
    const methods = parts.calls.map((call) => call.method);
    expect(methods).toEqual(['dossiers.create', 'dossiers.submit']);
    const [create, submitCall] = parts.calls;
    const key = create?.idempotencyKey?.replace(/\.create$/, '');
    expect(submitCall?.idempotencyKey).toBe(`${key}.submit`);
    expect(create?.args[0]).toMatchObject({
      procedureCode: BIRTH_PROCEDURE,
      channel: 2,
      applicant,
      formData: { subject: 'Đèn đường hỏng' },
    });
    expect(parts.submitted).toBe(1);
  });

  it('retries with the same keys after a failure, so the dossier is filed once', async () => {
    const parts = dossierParts({ failSubmitOnce: apiError(503, 'server.unavailable') });
    setup(shortSpec, { parts });
    await fillShort();
    await userEvent.click(screen.getByRole('button', { name: 'Nộp hồ sơ' }));
    const alert = await screen.findByText(
      'Chưa nộp được hồ sơ. Những gì bạn đã khai vẫn được giữ nguyên. Vui lòng thử lại.',
    );
    expect(alert.closest('[role="alert"]')).toBeTruthy();
    await expectNoAxeViolations();
    await userEvent.click(screen.getByRole('button', { name: 'Nộp hồ sơ' }));
    await screen.findByRole('heading', { name: 'Đã nộp hồ sơ' });
    const creates = parts.calls.filter((call) => call.method === 'dossiers.create');
    const submits = parts.calls.filter((call) => call.method === 'dossiers.submit');
    expect(creates).toHaveLength(1);
    expect(submits).toHaveLength(2);
    expect(submits[0]?.idempotencyKey).toBe(submits[1]?.idempotencyKey);
    expect(parts.submitted).toBe(1);
  });

  it("puts the server's field errors on the right fields and in the summary", async () => {
    const parts = dossierParts({
      failSubmit: apiError(422, 'request.invalid', [
        {
          path: ['formData', 'subject'],
          code: 'form.pattern',
          message: 'Tiêu đề đã được dùng cho một phản ánh khác',
        },
      ]),
    });
    setup(shortSpec, { parts });
    await fillShort();
    await userEvent.click(screen.getByRole('button', { name: 'Nộp hồ sơ' }));
    const link = await screen.findByRole('link', {
      name: 'Tiêu đề: Tiêu đề đã được dùng cho một phản ánh khác',
    });
    expect(screen.getByLabelText('Tiêu đề').getAttribute('aria-invalid')).toBe('true');
    expect((screen.getByLabelText('Tiêu đề') as HTMLInputElement).value).toBe('Đèn đường hỏng');
    await userEvent.click(link);
    expect(document.activeElement).toBe(screen.getByLabelText('Tiêu đề'));
  });
});

describe('DossierForm: attachments', () => {
  const withFiles: FormSpec = {
    ...shortSpec,
    fields: [
      ...shortSpec.fields,
      {
        type: 'attachment',
        name: 'photos',
        label: { vi: 'Ảnh chụp hiện trường' },
        componentId: 'anh-hien-truong',
        required: true,
        maxFiles: 2,
        acceptedTypes: ['application/pdf', 'image/*'],
        maxSizeBytes: 1024 * 1024,
      },
    ],
  };
  const pdf = (name: string) => new File([new Uint8Array(2048)], name, { type: 'application/pdf' });

  it('uploads per component, refuses to go on mid-upload, and attaches the files when filing', async () => {
    const parts = dossierParts();
    const client = createFixtureClient({ latencyMs: 600, parts: parts.parts });
    renderWithProvider(
      <DossierForm spec={withFiles} procedureCode="2.000001" dossier={details} autosave={false} now={NOW} />,
      { client },
    );
    await userEvent.type(screen.getByLabelText('Tiêu đề'), 'Đèn đường hỏng');
    await userEvent.type(screen.getByLabelText('Nội dung phản ánh'), 'Không sáng');
    const input = document.querySelector('input[type="file"]') as HTMLInputElement;
    // Refused before any byte is sent: wrong type.
    await userEvent.upload(
      input,
      new File(['MZ'], '<script>alert(1)</script>.exe', { type: 'application/x-msdownload' }),
    );
    expect(
      await screen.findByText(/<script>alert\(1\)<\/script>\.exe: định dạng tệp không được chấp nhận/, {
        selector: 'p',
      }),
    ).toBeTruthy();
    expect(document.querySelector('.motcua-dossier-form script')).toBeNull();
    await userEvent.upload(input, pdf('anh-1.pdf'));
    await userEvent.click(continueButton());
    expect(
      await screen.findByRole('link', {
        name: 'Ảnh chụp hiện trường: Tệp đang được tải lên, vui lòng đợi tải xong',
      }),
    ).toBeTruthy();
    await waitFor(() => expect(screen.getByText('Đã tải lên')).toBeTruthy(), { timeout: 5000 });
    await userEvent.click(continueButton());
    await screen.findByRole('heading', { name: 'Kiểm tra lại thông tin trước khi nộp' });
    expect(screen.getByText('anh-1.pdf')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Nộp hồ sơ' }));
    await screen.findByRole('heading', { name: 'Đã nộp hồ sơ' }, { timeout: 5000 });
    expect(parts.calls.map((call) => call.method)).toEqual([
      'dossiers.create',
      'dossiers.attach',
      'dossiers.submit',
    ]);
    expect(parts.calls[1]?.args).toEqual(['d_1', { componentId: 'anh-hien-truong', fileIds: ['file_0001'] }]);
    expect(parts.calls[0]?.args[0]).toMatchObject({
      formData: {
        photos: [{ fileId: 'file_0001', name: 'anh-1.pdf', mediaType: 'application/pdf', size: 2048 }],
      },
    });
  });

  it("shows a restored draft's files in the upload list, as uploaded, and removes them through the form", async () => {
    localStorage.clear();
    const render = () =>
      renderWithProvider(
        <DossierForm spec={withFiles} procedureCode="2.000003" dossier={details} autosave now={NOW} />,
        { client: createFixtureClient({ parts: dossierParts().parts }) },
      );
    const first = render();
    await userEvent.type(screen.getByLabelText('Tiêu đề'), 'Đèn đường hỏng');
    await userEvent.type(screen.getByLabelText('Nội dung phản ánh'), 'Không sáng');
    const input = () => document.querySelector('input[type="file"]') as HTMLInputElement;
    await userEvent.upload(input(), pdf('anh-1.pdf'));
    await screen.findByText('Đã tải lên', {}, { timeout: 5000 });
    first.unmount();

    render();
    const offer = await screen.findByRole('region', { name: 'Khôi phục bản nháp?' });
    await userEvent.click(within(offer).getByRole('button', { name: 'Khôi phục bản nháp' }));
    // One list, the upload widget's: the saved file is a finished upload in it.
    const list = await screen.findByRole('list', { name: 'Tệp đã chọn' });
    const row = within(list).getByRole('listitem');
    expect(row.textContent).toContain('anh-1.pdf');
    expect(within(row).getByText('Đã tải lên')).toBeTruthy();
    expect(screen.getAllByText('anh-1.pdf', { selector: 'bdi' })).toHaveLength(1);
    await expectNoAxeViolations();

    await userEvent.click(within(row).getByRole('button', { name: 'Xóa anh-1.pdf' }));
    expect(await screen.findByText('Chưa có tệp nào.')).toBeTruthy();
    await userEvent.upload(input(), pdf('anh-2.pdf'));
    await screen.findByText('Đã tải lên', {}, { timeout: 5000 });
    await userEvent.click(continueButton());
    await screen.findByRole('heading', { name: 'Kiểm tra lại thông tin trước khi nộp' });
    expect(screen.getByText('anh-2.pdf')).toBeTruthy();
    expect(screen.queryByText('anh-1.pdf')).toBeNull();
    localStorage.clear();
  });
});

describe('DossierForm: draft autosave', () => {
  it('saves to localStorage, survives a remount, and offers to restore it', async () => {
    localStorage.clear();
    const first = setup(shortSpec, { autosave: true, procedureCode: '2.000001' });
    await userEvent.type(screen.getByLabelText('Tiêu đề'), 'Nháp chưa nộp');
    first.unmount();
    const key = draftKey('2.000001', shortSpec);
    expect(JSON.parse(localStorage.getItem(key) ?? '{}').data.values.subject).toBe('Nháp chưa nộp');

    setup(shortSpec, { autosave: true, procedureCode: '2.000001' });
    const offer = await screen.findByRole('region', { name: 'Khôi phục bản nháp?' });
    expect((screen.getByLabelText('Tiêu đề') as HTMLInputElement).value).toBe('');
    await expectNoAxeViolations();
    await userEvent.click(within(offer).getByRole('button', { name: 'Khôi phục bản nháp' }));
    expect((screen.getByLabelText('Tiêu đề') as HTMLInputElement).value).toBe('Nháp chưa nộp');
    expect(screen.queryByRole('region', { name: 'Khôi phục bản nháp?' })).toBeNull();
    expect(screen.getAllByRole('status').map((region) => region.textContent)).toContain(
      'Đã khôi phục bản nháp',
    );
    localStorage.clear();
  });

  it('keys drafts by spec version and discards on request', async () => {
    localStorage.clear();
    const v1 = setup(shortSpec, { autosave: true, procedureCode: '2.000002' });
    await userEvent.type(screen.getByLabelText('Tiêu đề'), 'Bản cũ');
    v1.unmount();
    const v2 = setup({ ...shortSpec, version: 2 }, { autosave: true, procedureCode: '2.000002' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('region', { name: 'Khôi phục bản nháp?' })).toBeNull();
    v2.unmount();
    setup(shortSpec, { autosave: true, procedureCode: '2.000002' });
    await userEvent.click(await screen.findByRole('button', { name: 'Bỏ bản nháp, khai mới' }));
    expect(localStorage.getItem(draftKey('2.000002', shortSpec))).toBeNull();
    localStorage.clear();
  });
});

describe('DossierForm: prefill with consent', () => {
  it('asks for consent, fetches, fills, and says where each value came from', async () => {
    const { fixture } = setup(birthSpec, { layout: 'single' });
    const panel = screen.getByRole('region', { name: 'Dùng thông tin Nhà nước đã có' });
    await userEvent.click(within(panel).getByRole('button', { name: 'Lấy thông tin' }));
    expect(within(panel).getByText('Đánh dấu vào ô đồng ý để lấy thông tin')).toBeTruthy();
    expect(fixture.calls).toHaveLength(0);
    await expectNoAxeViolations();

    await userEvent.type(screen.getByLabelText('Số điện thoại'), '0987654321');
    await userEvent.click(within(panel).getByRole('checkbox'));
    await userEvent.click(within(panel).getByRole('button', { name: 'Lấy thông tin' }));
    await within(panel).findByText('Đã điền sẵn 2 thông tin. Hãy kiểm tra lại.');
    expect(fixture.calls.map((call) => call.method)).toEqual([
      'citizenData.createConsent',
      'citizenData.prefill',
    ]);
    expect(fixture.calls[0]?.args[0]).toMatchObject({
      procedureCode: BIRTH_PROCEDURE,
      scopes: ['fullName', 'citizenId'],
    });
    const mother = screen.getByLabelText('Họ, chữ đệm và tên người mẹ') as HTMLInputElement;
    expect(mother.value).toBe('Trần Thị Bình');
    expect(mother.readOnly).toBe(true);
    expect(mother.getAttribute('aria-describedby')).toContain('-source');
    expect(screen.getAllByText('Lấy từ Cơ sở dữ liệu quốc gia về dân cư')).toHaveLength(2);
    // What the citizen typed in an editable field wins over the profile's value.
    expect((screen.getByLabelText('Số điện thoại') as HTMLInputElement).value).toBe('0987654321');
    await expectNoAxeViolations();
  });

  it('says so when the prefill fails, and the form stays usable', async () => {
    const parts = dossierParts({ failPrefill: apiError(403, 'auth.consentRequired') });
    setup(birthSpec, { parts, layout: 'single' });
    const panel = screen.getByRole('region', { name: 'Dùng thông tin Nhà nước đã có' });
    await userEvent.click(within(panel).getByRole('checkbox'));
    await userEvent.click(within(panel).getByRole('button', { name: 'Lấy thông tin' }));
    expect(await within(panel).findByText(/Cần sự đồng ý của bạn còn hiệu lực/)).toBeTruthy();
    const mother = screen.getByLabelText('Họ, chữ đệm và tên người mẹ') as HTMLInputElement;
    expect(mother.readOnly).toBe(false);
  });
});

describe('DossierForm: performance', () => {
  it('re-renders only the field typed into', async () => {
    const spec: FormSpec = {
      id: 'nhieu-truong',
      version: 1,
      title: { vi: 'Nhiều trường' },
      fields: Array.from({ length: 60 }, (_, i) => ({
        type: 'text' as const,
        name: `f${i}`,
        label: { vi: `Trường ${i}` },
      })),
    };
    setup(spec);
    const input = screen.getByLabelText('Trường 30', { exact: false });
    await userEvent.click(input);
    const get = vi.spyOn(FormStore.prototype, 'get');
    await userEvent.keyboard('abc');
    const keys = new Set(get.mock.calls.map(([key]) => key));
    get.mockRestore();
    expect((input as HTMLInputElement).value).toBe('abc');
    expect([...keys]).toEqual(['f30']);
  });
});
