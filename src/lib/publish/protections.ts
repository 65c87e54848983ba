/**
 * Which protections a live deployment gives, judged from a few of its responses (`npm run verify --
 * --headers <url>`): the headers a host adds or not, compression, and the status of a missing page.
 * Pure: the CLI fetches the responses.
 */

/** One response of the deployment, as the judgement needs it. */
export interface Sample {
  /** What it is: 'page', 'script', 'data', 'not found'. */
  role: string;
  url: string;
  status: number;
  /** Header names in lower case. */
  headers: Record<string, string>;
  /** The body is the page the build wrote for it (the 404 page of the edition, for 'not found'). */
  expectedBody: boolean;
  /** Bytes of the body after any content-encoding is undone: the file's own size, which decides whether it is worth compressing. */
  size: number;
}

export interface Protection {
  name: string;
  ok: boolean;
  /** Not expected of this deployment (HSTS over plain HTTP). */
  notApplicable?: boolean;
  detail: string;
}

const missingOn = (samples: readonly Sample[]) => samples.map((s) => s.role).join(', ');

/** Responses under this size are often left uncompressed on purpose: they are not judged. */
const COMPRESSIBLE_SIZE = 1024;

export function judgeProtections(samples: readonly Sample[], https: boolean): Protection[] {
  const header = (name: string) => (s: Sample) => s.headers[name] ?? '';
  const without = (test: (s: Sample) => boolean, among = samples) => among.filter((s) => !test(s));
  const pages = samples.filter((s) => s.role === 'page');

  const csp = without((s) => header('content-security-policy')(s) !== '');
  const nosniff = without((s) => header('x-content-type-options')(s).toLowerCase() === 'nosniff');
  const framed = without(
    (s) => /^(deny|sameorigin)$/iu.test(header('x-frame-options')(s)) || /frame-ancestors\s+[^;]*'(none|self)'/iu.test(header('content-security-policy')(s)),
    pages,
  );
  const referrer = without((s) => header('referrer-policy')(s) !== '', pages);
  const hsts = without((s) => /max-age=[1-9]/iu.test(header('strict-transport-security')(s)));
  const large = samples.filter((s) => s.role !== 'not found' && s.status === 200 && s.size >= COMPRESSIBLE_SIZE);
  const compressed = without((s) => /^(br|gzip|zstd|deflate)$/iu.test(header('content-encoding')(s)), large);
  const notFound = samples.filter((s) => s.role === 'not found');
  const status404 = without((s) => s.status === 404 && s.expectedBody, notFound);

  return [
    {
      name: 'Content-Security-Policy header',
      ok: csp.length === 0,
      detail: csp.length ? `missing on: ${missingOn(csp)} (pages still carry their own <meta> policy, which cannot forbid framing)` : 'on every response checked',
    },
    { name: 'X-Content-Type-Options: nosniff', ok: nosniff.length === 0, detail: nosniff.length ? `missing on: ${missingOn(nosniff)}` : 'on every response checked' },
    {
      name: 'framing refused (X-Frame-Options or frame-ancestors)',
      ok: framed.length === 0,
      detail: framed.length ? 'pages can be framed by another site' : 'on pages',
    },
    { name: 'Referrer-Policy', ok: referrer.length === 0, detail: referrer.length ? 'missing on pages: browsers use their default' : 'on pages' },
    https
      ? { name: 'Strict-Transport-Security', ok: hsts.length === 0, detail: hsts.length ? `missing on: ${missingOn(hsts)}` : 'on every response checked' }
      : { name: 'Strict-Transport-Security', ok: true, notApplicable: true, detail: 'not applicable: the site was checked over HTTP' },
    {
      name: 'compression',
      ok: compressed.length === 0,
      detail: compressed.length ? `not compressed: ${missingOn(compressed)}` : `${large.map((s) => `${s.role} ${s.headers['content-encoding']}`).join(', ')}`,
    },
    {
      name: '404 status with the edition’s 404 page',
      ok: status404.length === 0,
      detail: status404.length
        ? status404.map((s) => (s.status === 404 ? 'status 404, but not the site’s 404 page' : `status ${s.status} for a page that does not exist`)).join('; ')
        : 'an unknown URL answers 404 with the page of its edition',
    },
  ];
}

export function protectionsReport(url: string, protections: readonly Protection[]): string {
  const mark = (p: Protection) => (p.notApplicable ? '-' : p.ok ? 'OK' : 'MISSING');
  const width = Math.max(...protections.map((p) => p.name.length));
  const lines = protections.map((p) => `  ${mark(p).padEnd(7)} ${p.name.padEnd(width)}  ${p.detail}`);
  const missing = protections.filter((p) => !p.ok).length;
  return [`Protections that arrive from ${url}`, ...lines, '', missing ? `${missing} protection(s) missing: see README, "Deploy", for this host.` : 'OK: every protection arrives.'].join('\n');
}
