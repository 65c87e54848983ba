/**
 * Content carries text, never code. The rules every editable text is held to before anything is
 * built: no element or attribute that runs or loads something, no address on another origin, no
 * markup where a plain string is expected, and no invisible or out-of-place characters (zero-width,
 * BIDI controls, emoji, private use) that would change what a reader sees or searches. Each finding
 * has its offset in the text, so that the caller can name the file, line and column.
 */
import { positionOf } from './strict-json.ts';

export interface Finding {
  /** Offset of the offending text in the string checked. */
  index: number;
  message: string;
}

/** Elements that run, embed, load or restyle something: content never needs them. */
const CODE_ELEMENTS = /<\s*(script|iframe|frame|frameset|object|embed|applet|form|input|button|style|link|meta|base|svg|math|template)\b/giu;
const CODE_ELEMENT = new RegExp(CODE_ELEMENTS.source, 'iu');
/** An opening tag, for its attributes. */
const TAG = /<[A-Za-z][\w.:-]*(?:\s[^<>]*)?>/gu;
const HANDLER_OR_STYLE = /\s(on[a-z]+|style)\s*=/giu;
const SCRIPT_URL = /\b(javascript|vbscript)\s*:/giu;
/** data: as an address: a MIME type after it, or where a link or attribute expects a URL. */
const DATA_URL = /\bdata:\s*[a-z]+\/[\w.+-]+|(?:\]\(\s*<?|\b(?:href|src|srcset|poster|action|formaction|xlink:href)\s*=\s*["'{]?\s*)(data:)/giu;
/** An absolute or protocol-relative address: every one names another origin, since ours are relative. */
const OTHER_ORIGIN = /(?<![\w.-])(?:(?:https?|ftp|wss?):\/\/[a-z0-9.:[\]-]+|\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)+)[^\s"'<>()\]]*/giu;
/** A character reference: Markdown decodes it, even in a link's address (&#106;avascript: is javascript:). */
const CHARACTER_REFERENCE = /&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/giu;
/** An opening tag, a comment or declaration, or an entity: a closing tag alone is reported only without them. */
const MARKUP = /<[A-Za-z!?][^<>]*>?|&(?:[a-z]+|#\d+|#x[0-9a-f]+);/giu;
const CLOSING_TAG = /<\/[A-Za-z][^<>]*>?/gu;

const at = (match: RegExpMatchArray, group = 0) => match.index! + (group ? match[0].indexOf(match[group]!) : 0);

/**
 * Code in a text: elements that run or load, on*= handlers, style=, javascript:/data: URLs and any
 * address on another origin. `allowUrl` lets a caller accept an address it knows to be a source
 * (a link to the issuer's own site in the data's source fields), never a loaded resource.
 */
export function codeFindings(text: string, allowUrl: (url: string) => boolean = () => false): Finding[] {
  const findings: Finding[] = [];
  for (const m of text.matchAll(CODE_ELEMENTS)) findings.push({ index: m.index, message: `<${m[1]!.toLowerCase()}> element: content carries text, never code` });
  for (const tag of text.matchAll(TAG)) {
    for (const attr of tag[0].matchAll(HANDLER_OR_STYLE)) {
      const name = attr[1]!.toLowerCase();
      const what = name === 'style' ? 'style= attribute: styles belong to the site\'s stylesheet, not to content' : `${name}= event handler: content carries text, never code`;
      findings.push({ index: tag.index + attr.index + 1, message: what });
    }
  }
  for (const m of text.matchAll(SCRIPT_URL)) findings.push({ index: m.index, message: `${m[1]!.toLowerCase()}: URL: content carries text, never code` });
  for (const m of text.matchAll(DATA_URL)) findings.push({ index: at(m, m[1] ? 1 : 0), message: 'data: URL: content carries text, never embedded files' });
  for (const m of text.matchAll(OTHER_ORIGIN)) {
    if (!allowUrl(m[0])) findings.push({ index: m.index, message: `address on another origin "${m[0]}": the site makes no request to, and keeps no link into, another origin from content` });
  }
  return findings.sort((a, b) => a.index - b.index);
}

/** Markup or an HTML entity in a plain text string: the page would show it as typed, so it fails instead. */
export function markupFindings(text: string): Finding[] {
  const found = [...text.matchAll(MARKUP)];
  return (found.length ? found : [...text.matchAll(CLOSING_TAG)]).map((m) => ({
    index: m.index,
    message: `markup "${m[0].slice(0, 40)}" in a text string: write plain text (the site escapes it and would show it as typed)`,
  }));
}

const NAMES: Record<number, string> = {
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x2060: 'WORD JOINER',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE (BOM)',
  0x180e: 'MONGOLIAN VOWEL SEPARATOR',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x061c: 'ARABIC LETTER MARK',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
};
const INVISIBLE = 'delete it (an editor may not show it)';
const CHARACTER_KINDS: { pattern: RegExp; kind: string; advice: string }[] = [
  { pattern: /[\u200b-\u200d\u2060\ufeff\u180e]/u, kind: 'zero-width character', advice: INVISIBLE },
  { pattern: /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/u, kind: 'BIDI control', advice: `${INVISIBLE}: it reorders the text around it` },
  // Pictographs, less the three signs that are text (© ® ™), and the emoji variation selector.
  { pattern: /(?![\u00a9\u00ae\u2122])\p{Extended_Pictographic}|\ufe0f|\p{Regional_Indicator}/u, kind: 'emoji', advice: 'a policy text has no emoji: delete it' },
  { pattern: /\p{Co}/u, kind: 'private-use character', advice: 'it has no meaning outside one font: write the character itself' },
  { pattern: /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/u, kind: 'control character', advice: INVISIBLE },
];

/** Characters no policy text, translation or page needs: invisible ones, direction overrides, emoji, private use. */
export function characterFindings(text: string): Finding[] {
  const findings: Finding[] = [];
  let index = 0;
  for (const ch of text) {
    const kind = CHARACTER_KINDS.find((k) => k.pattern.test(ch));
    if (kind) {
      const code = ch.codePointAt(0)!;
      const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
      findings.push({ index, message: `${kind.kind} ${hex}${NAMES[code] ? ` (${NAMES[code]})` : ''}: ${kind.advice}` });
    }
    index += ch.length;
  }
  return findings;
}

/** MDX bodies are Markdown: an import, an export or a {…} expression runs code at build time. */
export function mdxCodeFindings(body: string): Finding[] {
  const findings: Finding[] = [];
  for (const m of body.matchAll(/^(import|export)\b/gmu)) findings.push({ index: m.index, message: `MDX ${m[1]} statement: a sector page is Markdown text, never code` });
  for (const m of body.matchAll(/\{[^{}]*\}?|\}/gu)) findings.push({ index: m.index, message: 'MDX expression "{…}": a sector page is Markdown text, never code (write the text itself)' });
  for (const m of body.matchAll(CHARACTER_REFERENCE)) findings.push({ index: m.index, message: `character reference "${m[0]}": write the character itself` });
  // Opening tags only: an element is one fault, not two.
  for (const m of body.matchAll(/<[A-Za-z][^<>]*>/gu)) {
    if (!CODE_ELEMENT.test(m[0])) findings.push({ index: m.index, message: `element "${m[0].slice(0, 40)}": a sector page is Markdown text, without HTML or components` });
  }
  return findings;
}

/**
 * Whether a URL is on one of the issuers' websites (the hosts of every document's profile, field
 * "issuer.hosts", subdomains included): the only origins data may cite, as a source.
 */
export function isIssuerUrl(hosts: readonly string[], url: string): boolean {
  const m = /^https?:\/\/([^/?#:]+)(?::\d+)?(?:[/?#]|$)/iu.exec(url);
  if (!m) return false;
  const host = m[1]!.toLowerCase();
  return hosts.some((base) => host === base || host.endsWith(`.${base}`));
}

/** "file:line:column: message" for each finding at an offset of a text that starts at `offset` in the file. */
export const located = (file: string, text: string, findings: readonly Finding[], offset = 0, suffix = '') =>
  findings.map((f) => {
    const { line, column } = positionOf(text, offset + f.index);
    return `${file}:${line}:${column}: ${f.message}${suffix}`;
  });

