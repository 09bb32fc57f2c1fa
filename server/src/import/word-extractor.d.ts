// The parts of word-extractor (1.0.4) the .doc importer uses: the OLE extractor without the
// package's .docx route (yauzl), the in-memory reader, and the text filters.
declare module 'word-extractor/lib/word-ole-extractor' {
  interface WordDocument { getBody(options?: { filterUnicode?: boolean }): string }
  class WordOleExtractor {
    extract(reader: unknown): Promise<WordDocument>;
  }
  export = WordOleExtractor;
}
declare module 'word-extractor/lib/buffer-reader' {
  class BufferReader {
    constructor(buffer: Buffer);
    open(): Promise<unknown>;
    close(): Promise<unknown>;
  }
  export = BufferReader;
}
declare module 'word-extractor/lib/filters' {
  const filters: { clean: (text: string) => string };
  export = filters;
}
