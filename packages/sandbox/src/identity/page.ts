/**
 * The sandbox's sign-in page, standing in for the national e-ID (VNeID) screen: one button per citizen and
 * business persona. Plain HTML that works without JavaScript or CSS: a GET form back to `/auth/authorize`
 * carrying the request's parameters, each button adding `persona=<id>`, which answers the redirect.
 */

/** One persona offered on the page. */
export interface PagePersona {
  readonly id: string;
  readonly kind: 'citizen' | 'business';
  readonly displayName: string;
  readonly description?: string;
  /** e-ID account level (1 or 2). */
  readonly level: 1 | 2;
}

/** What the page needs to know. */
export interface SignInPageInput {
  readonly lang: 'vi' | 'en';
  /** The authorization request's parameters, carried through as hidden fields. */
  readonly params: Readonly<Record<string, string>>;
  readonly clientId: string;
  readonly personas: readonly PagePersona[];
  /** Where "cancel" goes: the client's redirect URI with `error=access_denied`. */
  readonly cancelUrl: string;
  /** The client requires a level-2 account (`acr_values=2`). */
  readonly requiresLevel2: boolean;
}

const TEXT = {
  vi: {
    title: 'Đăng nhập bằng tài khoản định danh điện tử (VNeID) — hộp cát',
    heading: 'Đăng nhập bằng tài khoản định danh điện tử',
    intro: (client: string) =>
      `Ứng dụng ${client} yêu cầu đăng nhập. Đây là hộp cát: chọn một người dùng mẫu để đăng nhập thay cho ứng dụng VNeID.`,
    citizens: 'Công dân',
    businesses: 'Tổ chức, doanh nghiệp',
    level: (level: number) => `Tài khoản mức ${level}`,
    level2Required: 'Ứng dụng này yêu cầu tài khoản định danh điện tử mức 2.',
    signInAs: 'Đăng nhập với tên',
    cancel: 'Hủy, quay lại ứng dụng',
    note: 'Dữ liệu trong hộp cát là dữ liệu mẫu, không phải thông tin của người thật.',
  },
  en: {
    title: 'Sign in with your national e-ID (VNeID) — sandbox',
    heading: 'Sign in with your national e-ID',
    intro: (client: string) =>
      `${client} asks you to sign in. This is a sandbox: choose a demo persona instead of the VNeID app.`,
    citizens: 'Citizens',
    businesses: 'Organisations and businesses',
    level: (level: number) => `Level ${level} account`,
    level2Required: 'This application requires a level-2 e-ID account.',
    signInAs: 'Sign in as',
    cancel: 'Cancel and return to the application',
    note: 'Sandbox data is invented: these are not real people.',
  },
} as const;

/**
 * Escapes text for HTML content and double-quoted attributes.
 *
 * @example
 * escapeHtml('<a href="x">') // '&lt;a href=&quot;x&quot;&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char,
  );
}

const STYLE = `
  body { font-family: system-ui, sans-serif; margin: 0; color: #1a1a1a; background: #f6f7f9; line-height: 1.5; }
  main { max-width: 42rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
  h1 { font-size: 1.5rem; color: #a50e0e; }
  fieldset { border: 0; padding: 0; margin: 1.5rem 0; }
  legend { font-size: 1.2rem; font-weight: 600; margin-bottom: .5rem; }
  ul { list-style: none; padding: 0; margin: 0; display: grid; gap: .5rem; }
  button { display: block; width: 100%; text-align: left; font: inherit; padding: .75rem 1rem; border: 2px solid #5a6270;
    border-radius: .5rem; background: #fff; color: inherit; cursor: pointer; min-height: 44px; }
  button:hover { border-color: #a50e0e; }
  button:focus-visible, a:focus-visible { outline: 3px solid #1d4ed8; outline-offset: 2px; }
  .name { display: block; font-weight: 600; }
  .meta { display: block; font-size: .9rem; color: #3f4652; }
  .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  .notice { padding: .75rem 1rem; border-left: 4px solid #a50e0e; background: #fff; }
  a { color: #1d4ed8; }
`;

function personaButton(persona: PagePersona, text: (typeof TEXT)['vi' | 'en'], lang: 'vi' | 'en'): string {
  // Seed descriptions are English: marked as such on a Vietnamese page (WCAG 3.1.2, language of parts).
  const description = persona.description
    ? ` · ${lang === 'en' ? escapeHtml(persona.description) : `<span lang="en">${escapeHtml(persona.description)}</span>`}`
    : '';
  // The name comes from the content, so it holds every visible word (WCAG 2.5.3, label in name); the action is
  // said to screen readers only.
  return `<li><button type="submit" name="persona" value="${escapeHtml(persona.id)}"><span class="name"><span class="visually-hidden">${escapeHtml(
    text.signInAs,
  )} </span>${escapeHtml(persona.displayName)}</span>
<span class="meta">${escapeHtml(text.level(persona.level))}${description}</span></button></li>`;
}

function group(
  id: string,
  legend: string,
  personas: readonly PagePersona[],
  text: (typeof TEXT)['vi' | 'en'],
  lang: 'vi' | 'en',
): string {
  if (personas.length === 0) return '';
  return `<fieldset aria-labelledby="${id}"><legend id="${id}">${escapeHtml(legend)}</legend>
<ul>
${personas.map((persona) => personaButton(persona, text, lang)).join('\n')}
</ul></fieldset>`;
}

/**
 * The sign-in page: `lang` set, one labelled heading, grouped buttons with an accessible name and a
 * description each, a keyboard-reachable cancel link; works without scripts.
 */
export function renderSignInPage(input: SignInPageInput): string {
  const text = TEXT[input.lang];
  const hidden = Object.entries(input.params)
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join('\n');
  const citizens = input.personas.filter((persona) => persona.kind === 'citizen');
  const businesses = input.personas.filter((persona) => persona.kind === 'business');
  return `<!doctype html>
<html lang="${input.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(text.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1 id="sign-in-heading">${escapeHtml(text.heading)}</h1>
<p>${escapeHtml(text.intro(input.clientId))}</p>
${input.requiresLevel2 ? `<p class="notice" role="note">${escapeHtml(text.level2Required)}</p>` : ''}
<form method="get" action="/auth/authorize" aria-labelledby="sign-in-heading">
${hidden}
${group('group-citizens', text.citizens, citizens, text, input.lang)}
${group('group-businesses', text.businesses, businesses, text, input.lang)}
</form>
<p><a href="${escapeHtml(input.cancelUrl)}">${escapeHtml(text.cancel)}</a></p>
<p><small>${escapeHtml(text.note)}</small></p>
</main>
</body>
</html>
`;
}
