import type { MotcuaClient } from '@motcua/sdk';
import { screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../test/axe.js';
import { renderWithProvider } from '../test/render.js';
import { signIn, sandboxUrl as url } from '../test/sandbox.js';
import { FileUpload } from './FileUpload.js';
import type { UploadedFile } from './useFileUpload.js';

const fileInput = (id: string) => document.getElementById(`${id}-input`) as HTMLInputElement;

/** A real PDF header and trailer around `size` bytes, so the platform's sniffing finds a PDF. */
function pdf(name: string, size = 2048): File {
  const head = '%PDF-1.7\n1 0 obj <<>> endobj\n';
  const tail = '\ntrailer <<>>\n%%EOF\n';
  return new File([head, new Uint8Array(Math.max(0, size - head.length - tail.length)), tail], name, {
    type: 'application/pdf',
  });
}

/** An's client, with extra headers on every request (the sandbox's fault injection) and its uploads' progress. */
async function uploader(headers: Record<string, string>) {
  const client = await signIn(url, 'citizen-an', { headers });
  const progress: number[][] = [];
  const upload: MotcuaClient['files']['upload'] = (source, options = {}) => {
    const seen: number[] = [];
    progress.push(seen);
    return client.files.upload(source, {
      ...options,
      onProgress: (sent, total) => {
        seen.push(sent / total);
        options.onProgress?.(sent, total);
      },
    });
  };
  return {
    client: { ...client, files: { ...client.files, upload } },
    progress,
    reader: await signIn(url, 'citizen-an'),
  };
}

function Form({ onChange }: { onChange: (files: UploadedFile[]) => void }) {
  const [files, setFiles] = useState<UploadedFile[]>([]);
  return (
    <FileUpload
      id="giay-to"
      label="Giấy chứng sinh"
      accept={['application/pdf', 'image/*']}
      maxSize={2 * 1024 * 1024}
      value={files}
      onChange={(next) => {
        onChange(next);
        setFiles(next);
      }}
    />
  );
}

// Against the real sandbox (started by bench/sandbox-global-setup.ts); skipped when it is not running.
describe.skipIf(!url)('FileUpload against the sandbox', () => {
  it('uploads over tus through the SDK with progress, into a list the form owns, and removes', async () => {
    // Every request waits 150 ms at the sandbox, so the upload is seen in flight.
    const { client, progress, reader } = await uploader({ 'X-Sandbox-Fault': 'latency=150' });
    const onChange = vi.fn();
    renderWithProvider(<Form onChange={onChange} />, { client });
    const file = pdf('giay-chung-sinh.pdf', 1_500_000);
    await userEvent.upload(fileInput('giay-to'), file);
    expect(screen.getByRole('progressbar', { name: 'giay-chung-sinh.pdf' })).toBeTruthy();
    expect(document.querySelector('.motcua-file-upload')?.getAttribute('data-state')).toBe('uploading');
    await screen.findByText('Đã tải lên', {}, { timeout: 10_000 });
    expect(progress[0]?.at(-1)).toBe(1);

    const stored = (onChange.mock.lastCall?.[0] as UploadedFile[] | undefined)?.[0];
    expect(stored).toMatchObject({
      name: 'giay-chung-sinh.pdf',
      mediaType: 'application/pdf',
      size: file.size,
    });
    // The platform holds exactly these bytes.
    const info = await reader.files.get(stored?.fileId ?? '');
    expect(info).toMatchObject({ status: 'complete', size: file.size, mediaType: 'application/pdf' });
    expect(screen.getByRole('status').textContent).toBe('Đã tải lên giay-chung-sinh.pdf');
    await expectNoAxeViolations();

    await userEvent.click(screen.getByRole('button', { name: 'Xóa giay-chung-sinh.pdf' }));
    expect(onChange).toHaveBeenLastCalledWith([]);
    expect(screen.getByText('Chưa có tệp nào.')).toBeTruthy();
  });

  it('refuses a wrong type or size before sending a byte, and retries an upload the sandbox failed', async () => {
    // The sandbox answers the first upload request 429 (not retried by tus); the same id passes afterwards.
    const { client, progress } = await uploader({
      'X-Sandbox-Fault': 'status=429',
      'X-Sandbox-Fault-Once': `upload-${crypto.randomUUID()}`,
    });
    const onChange = vi.fn();
    renderWithProvider(<Form onChange={onChange} />, { client });
    await userEvent.upload(fileInput('giay-to'), [
      new File(['MZ\x90\x00'], 'cai-dat.exe', { type: 'application/x-msdownload' }),
      pdf('ban-scan-lon.pdf', 3 * 1024 * 1024),
    ]);
    const errors = document.getElementById('giay-to-error')?.textContent ?? '';
    expect(errors).toContain('cai-dat.exe: định dạng tệp không được chấp nhận. Hãy chọn tệp PDF, ảnh.');
    expect(errors).toContain('ban-scan-lon.pdf: tệp lớn hơn 2 MB. Hãy chọn tệp nhỏ hơn.');
    expect(progress).toHaveLength(0);

    await userEvent.upload(fileInput('giay-to'), pdf('to-khai.pdf'));
    await screen.findByText('to-khai.pdf: tải lên không thành công. Hãy thử lại.', {}, { timeout: 5000 });
    expect(screen.getByRole('status').textContent).toBe('Tải lên không thành công: to-khai.pdf');
    expect(onChange).not.toHaveBeenCalled();
    await expectNoAxeViolations();

    await userEvent.click(screen.getByRole('button', { name: 'Thử lại to-khai.pdf' }));
    await screen.findByText('Đã tải lên', {}, { timeout: 5000 });
    expect(onChange).toHaveBeenLastCalledWith([expect.objectContaining({ name: 'to-khai.pdf' })]);
    expect(progress).toHaveLength(2);
  });

  it("shows the platform's reason for refusing a file whose content is not what it claims, and offers no retry", async () => {
    const { client, progress } = await uploader({});
    const onChange = vi.fn();
    renderWithProvider(<Form onChange={onChange} />, { client });
    // Named and typed as a PDF, but a Windows program inside: only the platform's sniffing can tell.
    const disguised = new File(
      [new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0, 0, 0, 0x04, 0])],
      'hoa-don.pdf',
      {
        type: 'application/pdf',
      },
    );
    await userEvent.upload(fileInput('giay-to'), disguised);
    const row = await waitFor(
      () => {
        const failed = document.querySelector<HTMLElement>('.motcua-file-upload__item[data-status="failed"]');
        if (!failed) throw new Error('not failed yet');
        return failed;
      },
      { timeout: 5000 },
    );
    expect(progress).toHaveLength(1);
    const status = row.querySelector('.motcua-file-upload__status')?.textContent ?? '';
    expect(status).toMatch(/^hoa-don\.pdf: Nội dung tệp \(.+\) không thuộc loại được chấp nhận/);
    expect(status).not.toContain('Hãy thử lại');
    expect(screen.queryByRole('button', { name: 'Thử lại hoa-don.pdf' })).toBeNull();
    expect(onChange).not.toHaveBeenCalled();
    await expectNoAxeViolations();
    await userEvent.click(screen.getByRole('button', { name: 'Xóa hoa-don.pdf' }));
    expect(screen.getByText('Chưa có tệp nào.')).toBeTruthy();
  });
});
