/** Modules without type declarations of their own: the parts of them this project uses. */

/** OpenCC's dictionaries as opencc-js ships them: "from to|from to|…". */
declare module 'opencc-js/dict/*' {
  const dictionary: string;
  export default dictionary;
}

/** subset-font (HarfBuzz's hb-subset in WebAssembly) ships no types: the one call this project makes. */
declare module 'subset-font' {
  export default function subsetFont(font: Buffer, text: string, options?: { targetFormat?: 'sfnt' | 'truetype' | 'woff' | 'woff2' }): Promise<Buffer>;
}
