import { createPublicKey, generateKeyPairSync, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isLoopbackRedirect } from './clients.js';
import { jwkThumbprint, signJwt } from './keys.js';
import { escapeHtml } from './page.js';
import { s256 } from './routes.js';

describe('JWK thumbprints (RFC 7638)', () => {
  it('match the RFC’s example', () => {
    const n =
      '0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw';
    expect(jwkThumbprint({ n, e: 'AQAB' })).toBe('NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs');
  });
});

describe('signJwt', () => {
  it('makes a compact RS256 JWS that node:crypto verifies', () => {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const token = signJwt(
      { iss: 'http://127.0.0.1', sub: 'vneid|001087123456', name: 'Nguyễn Văn An' },
      { kid: 'k1', privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() },
    );
    const [header, payload, signature] = token.split('.') as [string, string, string];
    expect(JSON.parse(Buffer.from(header, 'base64url').toString())).toEqual({
      alg: 'RS256',
      typ: 'JWT',
      kid: 'k1',
    });
    expect(JSON.parse(Buffer.from(payload, 'base64url').toString()).name).toBe('Nguyễn Văn An');
    const jwk = publicKey.export({ format: 'jwk' });
    const key = createPublicKey({ key: jwk, format: 'jwk' });
    expect(
      verify('sha256', Buffer.from(`${header}.${payload}`), key, Buffer.from(signature, 'base64url')),
    ).toBe(true);
  });
});

describe('PKCE S256', () => {
  it('matches RFC 7636 appendix B', () => {
    expect(s256('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe(
      'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    );
  });
});

describe('the localhost rule', () => {
  it('accepts loopback http(s) redirect URIs only', () => {
    expect(isLoopbackRedirect('http://localhost:3000/cb')).toBe(true);
    expect(isLoopbackRedirect('https://127.0.0.1/cb?x=1')).toBe(true);
    expect(isLoopbackRedirect('http://[::1]:8080/')).toBe(true);
    expect(isLoopbackRedirect('http://localhost.example.com/cb')).toBe(false);
    expect(isLoopbackRedirect('http://localhost:3000/cb#frag')).toBe(false);
    expect(isLoopbackRedirect('http://user:pw@localhost/cb')).toBe(false);
    expect(isLoopbackRedirect('javascript:alert(1)')).toBe(false);
    expect(isLoopbackRedirect('custom://localhost/cb')).toBe(false);
    expect(isLoopbackRedirect('/relative')).toBe(false);
  });
});

describe('escapeHtml', () => {
  it('escapes text and attribute metacharacters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});
