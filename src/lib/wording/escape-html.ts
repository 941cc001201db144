/** Characters HTML gives a meaning to, as HTML writes them. */
const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text made safe to put in HTML, inside an element or a double-quoted attribute: "E&T" → "E&amp;T". */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => HTML_ESCAPES[char]);
}
