import { z } from 'astro/zod';

/**
 * Former ids (file names) of an entry, kept when it is renamed so that its old permanent URL
 * still leads to it. Defaults to none.
 */
export function AliasesSchema() {
  return z
    .array(z.string({ error: 'each alias must be a former file name, without its extension' }), {
      error: 'aliases must be a list of former file names, e.g. aliases: [old-name]',
    })
    .default([]);
}
