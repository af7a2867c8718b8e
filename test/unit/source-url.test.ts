import { describe, expect, it } from 'vitest';
import { sourceHost, sourceUrlProblem } from '../../src/url/source-url';

describe('sourceUrlProblem', () => {
  it.each(['https://www.reuters.com/world/x', 'http://example.org:8080/a?b=1#c', 'https://xn--80ak6aa92e.com/', 'https://8.8.8.8/', 'https://172.32.0.1/'])(
    'sourceUrlProblem passes %s',
    (url) => {
      expect(sourceUrlProblem(url)).toBeNull();
    },
  );

  it.each(['https://trusted.example@evil.example/', 'https://user:pw@example.org/', 'https://@example.org/'])('sourceUrlProblem refuses the user-info in %s', (url) => {
    expect(sourceUrlProblem(url)?.rule).toBe('url-userinfo');
  });

  it.each([
    'https://example.org/\u202egpj.exe',
    'https://exa\u200bmple.org/',
    'https://example.org/a\u0007',
    'https://example.org/%E2%80%AEfdp',
    'https://example.org/\u2066x\u2069',
    'https://example.org/\ufeff',
  ])('sourceUrlProblem refuses the hidden character in %j', (url) => {
    expect(sourceUrlProblem(url)?.rule).toBe('url-characters');
  });

  it.each(['http://localhost/', 'http://127.0.0.1/', 'http://127.1.2.3:8080/', 'http://[::1]/', 'http://10.0.0.1/', 'http://192.168.1.1/', 'http://172.16.0.1/', 'http://169.254.169.254/latest', 'http://0.0.0.0/', 'http://a.localhost/', 'http://[fd00::1]/', 'http://0x7f000001/'])(
    'sourceUrlProblem refuses the loopback or private host in %s',
    (url) => {
      expect(sourceUrlProblem(url)?.rule).toBe('url-private-host');
    },
  );

  it('sourceUrlProblem leaves links that are not http(s) to the http-url rule', () => {
    expect(sourceUrlProblem('javascript:alert(1)')).toBeNull();
  });
});

describe('sourceHost', () => {
  it('sourceHost gives the host in ASCII (punycode) for an international name', () => {
    expect(sourceHost('https://аррӏе.com/a')).toBe('xn--80ak6aa92e.com');
    expect(sourceHost('https://WWW.Example.org:8443/x')).toBe('www.example.org');
  });

  it('sourceHost is empty for what is not an http(s) URL', () => {
    expect(sourceHost('javascript:alert(1)')).toBe('');
  });
});
