import { ApiError, NetworkError } from '@motcua/sdk';
import { screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../test/axe.js';
import { createFixtureClient } from '../test/fixtures.js';
import { renderWithProvider } from '../test/render.js';
import { FileUpload } from './FileUpload.js';
import { displayFileName } from './file-name.js';
import { checkFile, refusalOf, type UploadedFile } from './useFileUpload.js';

const pdf = (name: string, size = 2048) =>
  new File([new Uint8Array(size)], name, { type: 'application/pdf' });
const accept = ['application/pdf', 'image/*'];
/** The hidden native input the button opens (tests hand it files directly, as a file picker would). */
const fileInput = (id: string) => document.getElementById(`${id}-input`) as HTMLInputElement;

describe('checkFile', () => {
  it('refuses empty, wrong-type and too-large files before upload', () => {
    expect(checkFile({ size: 0, type: 'application/pdf' }, { accept })).toBe('empty');
    expect(checkFile({ size: 10, type: 'application/x-msdownload' }, { accept })).toBe('type');
    expect(checkFile({ size: 10, type: 'image/heic' }, { accept })).toBeNull();
    expect(checkFile({ size: 11, type: 'image/png' }, { accept, maxSize: 10 })).toBe('size');
  });

  it("reads the platform's refusal of a file, but not a failure a retry may cure", () => {
    const problem = (status: number, detail?: string) =>
      new ApiError({
        type: 'about:blank',
        title: 'Tệp không hợp lệ',
        status,
        code: 'file.typeNotAllowed',
        detail,
      });
    expect(
      refusalOf(problem(415, 'Nội dung tệp (application/x-msdownload) không thuộc loại được chấp nhận')),
    ).toBe('Nội dung tệp (application/x-msdownload) không thuộc loại được chấp nhận');
    expect(refusalOf(problem(413))).toBe('Tệp không hợp lệ');
    expect(refusalOf(problem(429, 'Quá nhiều yêu cầu'))).toBeUndefined();
    expect(refusalOf(problem(503, 'Dịch vụ tạm ngừng'))).toBeUndefined();
    expect(refusalOf(new NetworkError('fetch failed'))).toBeUndefined();
  });

  it('shows control characters of hostile names', () => {
    expect(displayFileName('hoa-don\u202Efdp.exe')).toBe('hoa-don\ufffdfdp.exe');
  });
});

describe('FileUpload', () => {
  it('uploads several files with progress, reports them and announces politely', async () => {
    const client = createFixtureClient({ latencyMs: 40 });
    const onChange = vi.fn();
    renderWithProvider(
      <FileUpload
        id="giay-to"
        label="Giấy chứng sinh"
        accept={accept}
        maxSize={5 * 1024 * 1024}
        onChange={onChange}
      />,
      { client },
    );
    expect(screen.getByText('Định dạng: PDF, ảnh. Tối đa 5 MB mỗi tệp.')).toBeTruthy();
    expect(screen.getByText('Chưa có tệp nào.')).toBeTruthy();
    const button = screen.getByRole('button', { name: 'Giấy chứng sinh Chọn tệp' });
    expect(button.id).toBe('giay-to');
    expect(button.getAttribute('aria-describedby')).toBe('giay-to-hint');
    await userEvent.upload(fileInput('giay-to'), [pdf('giay-chung-sinh.pdf'), pdf('anh-the.pdf')]);
    expect(screen.getAllByRole('progressbar')).toHaveLength(2);
    expect(screen.getByRole('progressbar', { name: 'giay-chung-sinh.pdf' })).toBeTruthy();
    await waitFor(() => expect(screen.getAllByText('Đã tải lên')).toHaveLength(2));
    expect(client.calls.filter((call) => call.method === 'files.upload')).toHaveLength(2);
    expect(onChange).toHaveBeenLastCalledWith([
      expect.objectContaining({ name: 'giay-chung-sinh.pdf', fileId: expect.any(String) }),
      expect.objectContaining({ name: 'anh-the.pdf' }),
    ]);
    const region = screen.getByRole('status');
    expect(region.getAttribute('aria-live')).toBe('polite');
    expect(region.textContent).toMatch(/^Đã tải lên (giay-chung-sinh|anh-the)\.pdf/);
    expect(document.querySelector('.motcua-file-upload')?.getAttribute('data-state')).toBe('done');
    await expectNoAxeViolations();
  });

  it('refuses wrong types and sizes before uploading anything', async () => {
    const client = createFixtureClient();
    renderWithProvider(<FileUpload id="f" label="Tờ khai" accept={['application/pdf']} maxSize={1024} />, {
      client,
    });
    await userEvent.upload(fileInput('f'), [
      new File(['MZ'], 'setup.exe', { type: 'application/x-msdownload' }),
      pdf('to-khai-lon.pdf', 4096),
    ]);
    expect(client.calls).toHaveLength(0);
    const button = screen.getByRole('button', { name: 'Tờ khai Chọn tệp' });
    expect(button.getAttribute('aria-describedby')).toBe('f-hint f-error');
    expect(document.querySelector('.motcua-file-upload')?.getAttribute('data-invalid')).toBe('true');
    const errors = document.getElementById('f-error')?.textContent ?? '';
    expect(errors).toContain('setup.exe: định dạng tệp không được chấp nhận. Hãy chọn tệp PDF.');
    expect(errors).toContain('to-khai-lon.pdf: tệp lớn hơn 1 KB. Hãy chọn tệp nhỏ hơn.');
    expect(screen.getByRole('status').textContent).toContain('setup.exe');
    await expectNoAxeViolations();
  });

  it('retries a failed upload and removes files, with the keyboard', async () => {
    const client = createFixtureClient({ failUploads: /mat-ket-noi/ });
    renderWithProvider(<FileUpload id="r" label="Ảnh chân dung" accept={accept} />, { client });
    await userEvent.upload(fileInput('r'), [pdf('mat-ket-noi.pdf')]);
    await screen.findByText('mat-ket-noi.pdf: tải lên không thành công. Hãy thử lại.');
    expect(document.querySelector('.motcua-file-upload')?.getAttribute('data-state')).toBe('failed');
    expect(screen.getByRole('status').textContent).toBe('Tải lên không thành công: mat-ket-noi.pdf');

    const retry = screen.getByRole('button', { name: 'Thử lại mat-ket-noi.pdf' });
    retry.focus();
    await userEvent.keyboard('{Enter}');
    await screen.findByText('Đã tải lên');
    expect(client.calls.filter((call) => call.method === 'files.upload')).toHaveLength(2);

    screen.getByRole('button', { name: 'Xóa mat-ket-noi.pdf' }).focus();
    await userEvent.keyboard(' ');
    expect(screen.queryByText('mat-ket-noi.pdf')).toBeNull();
    expect(screen.getByText('Chưa có tệp nào.')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Đã xóa mat-ket-noi.pdf');
  });

  it('renders hostile file names as text', async () => {
    const client = createFixtureClient();
    renderWithProvider(<FileUpload id="h" label="Tệp" />, { client });
    const hostile = '<img src=x onerror="window.pwned=1">.pdf';
    await userEvent.upload(fileInput('h'), [pdf(hostile), pdf('hoa-don\u202Efdp.exe')]);
    await waitFor(() => expect(screen.getAllByText('Đã tải lên')).toHaveLength(2));
    expect(document.querySelector('.motcua-file-upload img')).toBeNull();
    expect((window as { pwned?: number }).pwned).toBeUndefined();
    const names = [...document.querySelectorAll('.motcua-file-upload__name bdi')].map(
      (bdi) => bdi.textContent,
    );
    expect(names).toEqual([hostile, 'hoa-don\ufffdfdp.exe']);
  });

  it('opens the file picker from the button, with the keyboard', async () => {
    renderWithProvider(<FileUpload id="k" label="Tờ khai" />, { client: createFixtureClient() });
    const clicked = vi.fn();
    fileInput('k').addEventListener('click', (event) => {
      event.preventDefault();
      clicked();
    });
    screen.getByRole('button', { name: 'Tờ khai Chọn tệp' }).focus();
    await userEvent.keyboard('{Enter}');
    expect(clicked).toHaveBeenCalledTimes(1);
    expect(fileInput('k').tabIndex).toBe(-1);
  });

  it('limits the number of files and speaks English in dark', async () => {
    const client = createFixtureClient();
    renderWithProvider(<FileUpload id="m" label="Attachments" maxFiles={2} accept={['application/pdf']} />, {
      client,
      locale: 'en',
      theme: 'dark',
    });
    await userEvent.upload(fileInput('m'), [pdf('a.pdf'), pdf('b.pdf'), pdf('c.pdf')]);
    expect(document.getElementById('m-error')?.textContent).toContain('You can choose up to 2 files.');
    await waitFor(() => expect(screen.getAllByText('Uploaded')).toHaveLength(2));
    await expectNoAxeViolations();
  });
});

const saved: UploadedFile = {
  fileId: 'file_saved',
  name: 'giay-chung-sinh.pdf',
  mediaType: 'application/pdf',
  size: 182_044,
};
const rowNames = () =>
  [...document.querySelectorAll('.motcua-file-upload__name bdi')].map((bdi) => bdi.textContent);

function Form({ onChange }: { onChange: (files: UploadedFile[]) => void }) {
  const [files, setFiles] = useState<UploadedFile[]>([saved]);
  return (
    <>
      <FileUpload
        id="c"
        label="Giấy chứng sinh"
        maxFiles={3}
        value={files}
        onChange={(next) => {
          onChange(next);
          setFiles(next);
        }}
      />
      <button type="button" onClick={() => setFiles([])}>
        Làm lại
      </button>
    </>
  );
}

describe('FileUpload owned by a form', () => {
  it("shows the form's files as uploaded, proposes every change, and follows the form's list", async () => {
    const client = createFixtureClient({ latencyMs: 20 });
    const onChange = vi.fn();
    renderWithProvider(<Form onChange={onChange} />, { client });
    expect(rowNames()).toEqual(['giay-chung-sinh.pdf']);
    expect(screen.getByText('Đã tải lên')).toBeTruthy();
    expect(document.querySelector('.motcua-file-upload')?.getAttribute('data-state')).toBe('done');

    // Two uploads finishing before the form re-renders: both are kept.
    await userEvent.upload(fileInput('c'), [pdf('anh-1.pdf'), pdf('anh-2.pdf')]);
    await waitFor(() => expect(screen.getAllByText('Đã tải lên')).toHaveLength(3));
    expect(onChange).toHaveBeenLastCalledWith([
      saved,
      expect.objectContaining({ name: 'anh-1.pdf', fileId: expect.any(String) }),
      expect.objectContaining({ name: 'anh-2.pdf', fileId: expect.any(String) }),
    ]);
    // maxFiles counts the form's files too.
    await userEvent.upload(fileInput('c'), [pdf('anh-3.pdf')]);
    expect(document.getElementById('c-error')?.textContent).toContain('Chỉ được chọn tối đa 3 tệp.');

    await userEvent.click(screen.getByRole('button', { name: 'Xóa giay-chung-sinh.pdf' }));
    expect(onChange).toHaveBeenLastCalledWith([
      expect.objectContaining({ name: 'anh-1.pdf' }),
      expect.objectContaining({ name: 'anh-2.pdf' }),
    ]);
    expect(rowNames()).toEqual(['anh-1.pdf', 'anh-2.pdf']);
    expect(screen.getByRole('status').textContent).toBe('Đã xóa giay-chung-sinh.pdf');

    // The form resets its list: the widget follows.
    await userEvent.click(screen.getByRole('button', { name: 'Làm lại' }));
    expect(screen.getByText('Chưa có tệp nào.')).toBeTruthy();
    await expectNoAxeViolations();
  });

  it('only proposes: a form that keeps its list keeps the files shown', async () => {
    const onChange = vi.fn();
    renderWithProvider(<FileUpload id="k" label="Tệp" value={[saved]} onChange={onChange} />, {
      client: createFixtureClient(),
    });
    await userEvent.click(screen.getByRole('button', { name: 'Xóa giay-chung-sinh.pdf' }));
    expect(onChange).toHaveBeenCalledWith([]);
    expect(rowNames()).toEqual(['giay-chung-sinh.pdf']);
  });

  it('starts from defaultValue and then owns the list', async () => {
    const onChange = vi.fn();
    renderWithProvider(<FileUpload id="d" label="Tệp" defaultValue={[saved]} onChange={onChange} />, {
      client: createFixtureClient(),
    });
    expect(rowNames()).toEqual(['giay-chung-sinh.pdf']);
    await userEvent.upload(fileInput('d'), [pdf('to-khai.pdf')]);
    await waitFor(() => expect(rowNames()).toEqual(['giay-chung-sinh.pdf', 'to-khai.pdf']));
    await userEvent.click(screen.getByRole('button', { name: 'Xóa giay-chung-sinh.pdf' }));
    expect(rowNames()).toEqual(['to-khai.pdf']);
    expect(onChange).toHaveBeenLastCalledWith([expect.objectContaining({ name: 'to-khai.pdf' })]);
  });
});
