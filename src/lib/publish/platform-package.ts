/**
 * The package for government platforms (`npm run package`): a build made for a placeholder base whose
 * links are then made relative to each file, so that it works under any path a platform chooses, with
 * no server configuration (no rewrites, no headers: each page's <meta> CSP is its protection), and a
 * zip of it that is the same bytes for the same build. Pure: the CLI builds, reads and writes.
 */
import { crc32, deflateRawSync } from 'node:zlib';
import { cspHash, headOrderProblems, inlineBlocks, scriptProblems } from './output-checks.ts';
import { isOwnScript } from './public-files.ts';

/** The base the package is built for: no real path looks like it, and it is replaced everywhere. */
export const PLACEHOLDER_BASE = '/platform-package-base/';

/** Files whose text names the base: pages, and the web app manifest (its scope and start_url). */
export const rebasedFile = (path: string): boolean => path.endsWith('.html') || path.endsWith('.webmanifest');

/** How a file reaches the site's root folder: "./" at the root, "../../" two folders down. */
export const rootFrom = (path: string): string => '../'.repeat(path.split('/').length - 1) || './';

/**
 * A file of the build with every placeholder-based URL made relative to the file. An inline script
 * that names the base (the header search's loader imports its module) changes with it: its hash in
 * the page's CSP is replaced by the new one, so that the <meta> policy still allows exactly it.
 */
export function rebase(path: string, text: string): string {
  let rewritten = text.replaceAll(PLACEHOLDER_BASE, rootFrom(path));
  if (!path.endsWith('.html')) return rewritten;
  const before = inlineBlocks(text).map((b) => b.text);
  const after = inlineBlocks(rewritten).map((b) => b.text);
  before.forEach((block, i) => {
    if (block !== after[i]) rewritten = rewritten.replaceAll(cspHash(block), cspHash(after[i]!));
  });
  return rewritten;
}

/**
 * Why the rebased files would not work under any path, one line per problem naming the file: a name
 * not every platform takes, a placeholder left over, or a page whose scripts or head the output guard
 * refuses (an inline script whose new hash the rebase missed in its CSP, a script outside the site).
 */
export function packageProblems(files: readonly { path: string; bytes: Uint8Array }[]): string[] {
  const pages = files.filter((f) => f.path.endsWith('.html')).map((f) => ({ path: f.path, text: new TextDecoder().decode(f.bytes) }));
  return [
    ...files.filter((f) => !isPortableName(f.path)).map((f) => `${f.path}: not a portable (ASCII) file name`),
    ...files.filter((f) => Buffer.from(f.bytes).includes(PLACEHOLDER_BASE)).map((f) => `${f.path}: still names the build's placeholder base`),
    // Relative links resolve the same under any base: "/" stands for the platform's path.
    ...[...scriptProblems(pages, '/', isOwnScript), ...headOrderProblems(pages)].map((p) => `${p.file}:${p.line}: ${p.message}`),
  ];
}

/** A name every platform and unzip tool takes: printable ASCII, no spaces, quotes or backslashes. */
export const isPortableName = (path: string): boolean => /^[A-Za-z0-9._~@+=,-]+(?:\/[A-Za-z0-9._~@+=,-]+)*$/u.test(path);

export interface ZipEntry {
  name: string;
  bytes: Uint8Array;
}

/** 1980-01-01 00:00, the earliest a zip can say: the same for every build, as a date from the build machine is not. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/**
 * A zip of the entries in name order, deflated, with fixed dates and permissions (files 0644):
 * the same entries give the same bytes on any machine with the same zlib.
 */
export function zipArchive(entries: readonly ZipEntry[]): Uint8Array {
  const sorted = [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, bytes } of sorted) {
    const nameBytes = Buffer.from(name, 'utf8');
    const deflated = deflateRawSync(bytes, { level: 9 });
    const stored = deflated.length >= bytes.length;
    const data = stored ? Buffer.from(bytes) : deflated;
    const crc = crc32(bytes);
    const common = (header: Buffer, at: number) => {
      header.writeUInt16LE(stored ? 0 : 8, at); // method
      header.writeUInt16LE(DOS_TIME, at + 2);
      header.writeUInt16LE(DOS_DATE, at + 4);
      header.writeUInt32LE(crc, at + 6);
      header.writeUInt32LE(data.length, at + 10);
      header.writeUInt32LE(bytes.length, at + 14);
      header.writeUInt16LE(nameBytes.length, at + 18);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0
    local.writeUInt16LE(0x0800, 6); // names are UTF-8
    common(local, 8);
    locals.push(local, nameBytes, data);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4); // made by: Unix, 2.0 (so that the permissions below are read)
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    common(central, 10);
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38); // a regular file, rw-r--r--
    central.writeUInt32LE(offset, 42);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(sorted.length, 8);
  end.writeUInt16LE(sorted.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}
