/**
 * Validates Akoma Ntoso files against the OASIS schema vendored in src/schemas/akoma-ntoso/ (see its
 * README), offline, with libxml2 compiled to WebAssembly.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateXML } from 'xmllint-wasm';

export const AKN_SCHEMA_DIR = 'src/schemas/akoma-ntoso';

export interface XmlFile {
  /** A name for error messages, such as data/akn/en.xml. */
  name: string;
  contents: string;
}

/** Every schema error, as "file:line: message"; an empty list when every file is valid. */
export async function aknSchemaErrors(files: readonly XmlFile[], root: string = process.cwd()): Promise<string[]> {
  if (!files.length) return [];
  const schema = (file: string) => ({ fileName: file, contents: readFileSync(join(root, AKN_SCHEMA_DIR, file), 'utf8') });
  const result = await validateXML({
    xml: files.map((f) => ({ fileName: f.name, contents: f.contents })),
    schema: [schema('akomantoso30.xsd')],
    preload: [schema('xml.xsd')],
    // Our file names carry slashes (data/akn/en.xml); they are labels only.
    disableFileNameValidation: true,
  });
  return result.valid ? [] : result.errors.map((e) => (e.loc ? `${e.loc.fileName}:${e.loc.lineNumber}: ${e.message}` : e.rawMessage));
}
