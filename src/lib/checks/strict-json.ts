/**
 * Reading a hand-edited JSON file strictly: JSON.parse lets the last of two equal keys win without a
 * word and reports a byte order mark as a syntax error. Here a BOM is named as a BOM, a syntax error
 * gives the line and column, and a key written twice in one object fails with both lines.
 */

/** Line and column (1-based) of an offset in a text. */
export function positionOf(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index);
  return { line: before.split('\n').length, column: index - before.lastIndexOf('\n') };
}

export class JsonFileError extends Error {
  constructor(file: string, line: number | undefined, column: number | undefined, reason: string) {
    super(`${file}${line ? `:${line}${column ? `:${column}` : ''}` : ''}: ${reason}`);
    this.name = 'JsonFileError';
  }
}

export const BOM_MESSAGE = 'starts with a byte order mark (BOM, U+FEFF): save the file as UTF-8 without BOM';

/** A string of a JSON text: its value, the offset of its opening quote, and where it sits ("3.10.text", "targets.clusters"). */
export interface JsonString {
  value: string;
  index: number;
  path: string;
  isKey: boolean;
}

/**
 * Walks a JSON text that JSON.parse accepted: every string with its offset and path, and every key
 * written twice in one object (the repeat's offset and the first one's).
 */
export function scanJson(text: string): { strings: JsonString[]; duplicates: { key: string; index: number; first: number }[] } {
  const strings: JsonString[] = [];
  const duplicates: { key: string; index: number; first: number }[] = [];
  // One frame per open object or array: an object remembers its keys and whether a key comes next.
  const stack: { keys?: Map<string, number>; expectKey: boolean; at: string; item: number }[] = [];
  const pathHere = () => stack.map((f) => f.at).filter(Boolean).join('.');
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const top = stack.at(-1);
    if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      const value = JSON.parse(text.slice(i, j + 1)) as string;
      if (top?.keys && top.expectKey) {
        const first = top.keys.get(value);
        if (first !== undefined) duplicates.push({ key: value, index: i, first });
        else top.keys.set(value, i);
        top.expectKey = false;
        top.at = value;
        strings.push({ value, index: i, path: pathHere(), isKey: true });
      } else {
        if (top && !top.keys) top.at = String(top.item);
        strings.push({ value, index: i, path: pathHere(), isKey: false });
      }
      i = j;
    } else if (c === '{' || c === '[') {
      if (top && !top.keys) top.at = String(top.item);
      stack.push({ keys: c === '{' ? new Map() : undefined, expectKey: c === '{', at: '', item: 0 });
    } else if (c === '}' || c === ']') stack.pop();
    else if (c === ',' && top) {
      if (top.keys) top.expectKey = true;
      else top.item++;
    }
  }
  return { strings, duplicates };
}

/**
 * JSON.parse for a file an editor wrote. Throws a JsonFileError naming the file and line: for a BOM,
 * a syntax error (with V8's reason) or the first duplicated key (with the line of its first use).
 */
export function parseJsonStrict(text: string, file: string): unknown {
  if (text.startsWith('\uFEFF')) throw new JsonFileError(file, 1, 1, BOM_MESSAGE);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    // V8 names the offset as "position N" (and sometimes the line and column as well).
    const position = /position (\d+)/u.exec(reason);
    const at = position ? positionOf(text, Number(position[1])) : undefined;
    throw new JsonFileError(file, at?.line, at?.column, `not valid JSON (${reason.replace(/\s*\(line \d+ column \d+\)/u, '')}). Check the commas, quotes and brackets there.`);
  }
  const [duplicate] = scanJson(text).duplicates;
  if (duplicate) {
    const at = positionOf(text, duplicate.index);
    throw new JsonFileError(file, at.line, at.column, `key "${duplicate.key}" is written twice in one object (first on line ${positionOf(text, duplicate.first).line}): JSON would silently keep only the last value; keep one`);
  }
  return value;
}
