/**
 * RIS as reference managers read it. citation-js maps a CSL item to RIS tags well, but its text
 * writer breaks every value at 70 characters (importers read the continuation as a new value, so
 * titles and URLs arrive cut in two), cuts `ID` to 20 characters, writes dates unpadded
 * (`2021/4//`) and ends lines with LF. We take its tags and write the file ourselves: one line
 * per value, the full id, zero-padded dates and CRLF line endings, as the RIS specification asks.
 */

/** Tags and their values, as citation-js's RIS writer gives them with `format: 'object'`. */
export type RisRecord = Record<string, string | number | (string | number)[]>;

/** Tags whose values are dates, `YYYY/MM/DD/other`. */
const DATE_TAGS = new Set(['DA', 'Y2', 'Y1']);

/** `2021/4//` → `2021/04//`: the parts that are known, zero-padded; unknown parts stay empty. */
export function padRisDate(value: string): string {
  const [year = '', month = '', day = '', other = ''] = value.split('/');
  const pad = (part: string) => (part === '' ? '' : part.padStart(2, '0'));
  return [year, pad(month), pad(day), other].join('/');
}

/** One line of text: a value may never run onto a second line. */
function oneLine(value: string | number): string {
  return String(value).replace(/\s*[\r\n]+\s*/g, ' ');
}

/**
 * Writes one RIS record: `TY` first, `ER` last, every other tag in the order given, with the
 * record's full `ID` and, where the item is held in an archive, its name in `DB`.
 */
export function writeRisRecord(tags: RisRecord, extra: { id: string; archive?: string; container?: string }): string {
  const values: RisRecord = { ...tags, ID: extra.id, ...(extra.archive ? { DB: extra.archive } : {}) };
  // citation-js writes a CSL `document` as RIS's generic type, GEN, which Zotero's importer reads
  // as a journal article (its own exporter writes GEN for a document and notes as much), losing
  // the kind of text in M3. A document of this archive with an address is a text read on the web:
  // as a web page Zotero, EndNote and Mendeley all keep its site (T2) and its kind (M3).
  if (values.TY === 'GEN' && values.UR !== undefined) values.TY = 'ELEC';
  const lines = [`TY  - ${oneLine(values.TY as string)}`];
  // For a web page citation-js puts the access date in M1 and drops the site's name; importers
  // read the access date from Y2 and the site from T2, as for every other type.
  if (values.TY === 'ELEC') {
    if (values.M1 !== undefined && values.Y2 === undefined) {
      values.Y2 = values.M1;
      delete values.M1;
    }
    if (extra.container && values.T2 === undefined) values.T2 = extra.container;
  }
  for (const [tag, value] of Object.entries(values)) {
    if (tag === 'TY' || tag === 'ER') continue;
    for (const one of [value].flat()) {
      const text = oneLine(one);
      lines.push(`${tag}  - ${DATE_TAGS.has(tag) ? padRisDate(text) : text}`);
    }
  }
  lines.push('ER  - ');
  return lines.join('\r\n') + '\r\n';
}
