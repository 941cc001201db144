import { describe, expect, it } from 'vitest';
import { serializeJsonLd } from './json-ld.ts';

describe('JSON-LD written into a page', () => {
  it('cannot close its script element, whatever the record says', () => {
    const text = 'Words </script><script>alert(1)</script> & more';
    const json = serializeJsonLd({ text });
    expect(json).not.toMatch(/<|>/);
    expect(JSON.parse(json)).toEqual({ text });
  });

  it('keeps the words exactly, curly quotes and dashes included', () => {
    const text = 'blind itself – through [e2e] encryption “backdoors”';
    expect(JSON.parse(serializeJsonLd({ text })).text).toBe(text);
  });
});
