import { statusMessages } from '@motcua/core';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { errorSummaryMessages } from '../messages/error-summary.js';
import { expectNoAxeViolations } from '../test/axe.js';
import { useLocale, useMessages, useMotcua, useMotcuaClient, useT } from './hooks.js';
import { MotcuaProvider } from './MotcuaProvider.js';

function Probe() {
  const t = useT(errorSummaryMessages, statusMessages);
  const { theme, provided } = useMotcua();
  const messages = useMessages(errorSummaryMessages);
  return (
    <p>
      <span data-testid="title">{t('errorSummary.title')}</span>
      <span data-testid="status">{t('status.5')}</span>
      <span data-testid="common">{t('common.retry')}</span>
      <span data-testid="raw">{messages['errorSummary.title']}</span>
      <span data-testid="locale">{useLocale()}</span>
      <span data-testid="theme">{`${theme}/${provided}`}</span>
      <span data-testid="unknown">{t('no.such.key')}</span>
    </p>
  );
}

function NeedsClient() {
  useMotcuaClient();
  return null;
}

describe('MotcuaProvider', () => {
  it('defaults to Vietnamese without a provider', () => {
    render(<Probe />);
    expect(screen.getByTestId('title').textContent).toBe('Có lỗi cần sửa');
    expect(screen.getByTestId('status').textContent).toBe('Yêu cầu bổ sung giấy tờ');
    expect(screen.getByTestId('locale').textContent).toBe('vi');
    expect(screen.getByTestId('theme').textContent).toBe('system/false');
    expect(screen.getByTestId('unknown').textContent).toBe('no.such.key');
  });

  it('switches to English, applies overrides to widget and core keys, and sets lang and data-theme', () => {
    const { container } = render(
      <MotcuaProvider
        locale="en"
        theme="dark"
        messages={{ en: { 'errorSummary.title': 'Check your answers', 'status.5': 'Documents needed' } }}
      >
        <Probe />
      </MotcuaProvider>,
    );
    expect(screen.getByTestId('title').textContent).toBe('Check your answers');
    expect(screen.getByTestId('raw').textContent).toBe('Check your answers');
    expect(screen.getByTestId('status').textContent).toBe('Documents needed');
    expect(screen.getByTestId('common').textContent).toBe('Try again');
    const root = container.firstElementChild as HTMLElement;
    expect(root.getAttribute('lang')).toBe('en');
    expect(root.dataset.theme).toBe('dark');
    expect(getComputedStyle(root).backgroundColor).toBe('rgb(18, 20, 23)');
  });

  it('explains a missing client', () => {
    expect(() => render(<NeedsClient />)).toThrow(/needs a client/);
  });

  it('has no axe violations in either theme', async () => {
    render(
      <>
        <MotcuaProvider theme="light">
          <Probe />
        </MotcuaProvider>
        <MotcuaProvider theme="dark" locale="en">
          <Probe />
        </MotcuaProvider>
      </>,
    );
    await expectNoAxeViolations();
  });
});
