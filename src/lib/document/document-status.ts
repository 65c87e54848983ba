/**
 * The document's status and the facts the capture does not hold (topic classification, the official
 * original's address), kept in status.json in the document's folder, described by
 * content/documents/status.schema.json. Set POLICY_STATUS_FILE to build the default document from
 * another file (the tests build once with a repealed status).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locale } from '../editions/locales.ts';
import { ProblemsError } from '../checks/problems.ts';
import { parseJsonStrict } from '../checks/strict-json.ts';

export const STATUSES = ['in-force', 'amended', 'repealed', 'expired'] as const;
export type Status = (typeof STATUSES)[number];

export interface DocumentStatus {
  status: Status;
  /** When someone last compared the status with the issuer's own publication (ISO 8601 date). */
  lastChecked: string;
  /** When the document was amended, repealed or expired; required unless in force. */
  since?: string;
  /** What amends or replaces it, when known. */
  replacedBy?: { title: Record<string, string>; url?: string };
  /** 主题分类 as the issuer classifies it, when configured. */
  topic?: Record<string, string>;
  /** The official original on the issuer's website, when configured. */
  originalUrl?: string;
}


/** A real calendar date written YYYY-MM-DD: Date.parse would read 2026-02-30 as 2 March. */
export function isCalendarDate(v: unknown): boolean {
  const m = typeof v === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/u.exec(v) : null;
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
const isUrl = (v: unknown) => typeof v === 'string' && /^https?:\/\/[^\s]+$/u.test(v);
const FIELDS = ['$schema', 'status', 'lastChecked', 'since', 'replacedBy', 'topic', 'originalUrl'];

/** Checks the parsed file field by field and names every problem at once. */
export function checkStatus(raw: unknown, file: string, locales: readonly Locale[]): DocumentStatus {
  const problems: string[] = [];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new ProblemsError(file, ['expected a JSON object']);
  const value = raw as Record<string, unknown>;
  const texts = (field: string, v: unknown) => {
    if (typeof v !== 'object' || v === null) return problems.push(`"${field}" must be an object with a text for each of ${locales.join(', ')}`);
    for (const locale of locales) {
      const text = (v as Record<string, unknown>)[locale];
      if (typeof text !== 'string' || !text.trim()) problems.push(`"${field}.${locale}" is missing`);
    }
  };
  for (const key of Object.keys(value)) if (!FIELDS.includes(key)) problems.push(`unknown field "${key}" (the fields are ${FIELDS.join(', ')})`);
  if (!STATUSES.includes(value.status as Status)) problems.push(`"status" must be one of ${STATUSES.join(', ')}`);
  if (!isCalendarDate(value.lastChecked)) problems.push(`"lastChecked": ${JSON.stringify(value.lastChecked)} is not a calendar date (YYYY-MM-DD)`);
  if (value.since !== undefined && !isCalendarDate(value.since)) problems.push(`"since": ${JSON.stringify(value.since)} is not a calendar date (YYYY-MM-DD)`);
  if (value.status !== 'in-force' && value.since === undefined) problems.push(`"since" is required when the status is "${String(value.status)}"`);
  if (value.status === 'in-force' && value.replacedBy !== undefined) problems.push('"replacedBy" is only for a document that is not in force');
  if (value.replacedBy !== undefined) {
    const replacedBy = value.replacedBy as Record<string, unknown>;
    texts('replacedBy.title', replacedBy?.title);
    if (replacedBy?.url !== undefined && !isUrl(replacedBy.url)) problems.push('"replacedBy.url" must be an http(s) URL');
  }
  if (value.topic !== undefined) texts('topic', value.topic);
  if (value.originalUrl !== undefined && !isUrl(value.originalUrl)) problems.push('"originalUrl" must be an http(s) URL');
  if (problems.length) throw new ProblemsError(file, problems);
  return value as unknown as DocumentStatus;
}

export function loadStatus(locales: readonly Locale[], root: string, file: string): DocumentStatus {
  return checkStatus(parseJsonStrict(readFileSync(join(root, file), 'utf8'), file), file, locales);
}
