/**
 * JSON-LD for a `<script type="application/ld+json">` element. `<`, `>` and `&` are written as
 * Unicode escapes (still valid JSON, same data) so that no text in the record, such as
 * "</script>", can end the element early; U+2028/2029 are escaped for older parsers.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
