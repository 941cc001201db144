// citation-js 0.8 ships no type declarations; these cover the part of its API the archive uses.
declare module '@citation-js/core' {
  interface Register<T> {
    has(name: string): boolean;
    add(name: string, value: T): void;
    get(name: string): T | undefined;
  }
  export class Cite {
    constructor(data: unknown);
    data: Record<string, unknown>[];
    format(format: 'ris', options: { format: 'object' }): Record<string, string | number | (string | number)[]>[];
    format(format: string, options?: Record<string, unknown>): string;
  }
  export const plugins: {
    config: {
      get(plugin: '@csl'): { styles: Register<unknown>; locales: Register<unknown> };
      get(plugin: '@bibtex'): { format: { checkLabel: boolean; asciiOnly: boolean; useIdAsLabel: boolean } };
    };
  };
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
// citeproc ships no type declarations; the archive calls it through the narrow interface in
// src/lib/citation/styled-citation.ts.
declare module 'citeproc' {
  const CSL: {
    Engine: new (sys: object, style: unknown, lang?: string, forceLang?: boolean) => unknown;
    parseXml(xml: string): unknown;
  };
  export default CSL;
}
