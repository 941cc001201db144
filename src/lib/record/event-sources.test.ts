import { describe, expect, it } from 'vitest';
import { sourcesOfEvent } from './event-sources.ts';
import { buildRecord } from './record.ts';
import { testQuote, testRecordInput } from '../../../tests/helpers/record-input.ts';

const ref = (collection: string, id: string) => ({ id, collection });

describe('the sources of an event', () => {
  it('gathers the sources that report it and those its quotes come from or were also printed by, each once', () => {
    const input = testRecordInput([]);
    const source = (id: string, event?: string) => ({
      id,
      data: {
        publication: id,
        kind: 'news-report' as const,
        language: 'en',
        aliases: [],
        ...(event ? { event: ref('events', event) } : {}),
      },
    });
    input.sources.push(source('preview', 'talk'), source('echo'), source('elsewhere'), source('other-event', 'other'));
    input.events = [
      { id: 'talk', data: { name: 'Talk', date: { iso: '2021-04-19', precision: 'day' }, summary: 's', aliases: [] } },
      {
        id: 'other',
        data: { name: 'Other', date: { iso: '2021-04-20', precision: 'day' }, summary: 's', aliases: [] },
      },
    ] as never;
    const atTalk = testQuote('at-talk', 'a', []);
    atTalk.data = {
      ...atTalk.data,
      event: ref('events', 'talk'),
      variants: [{ source: ref('sources', 'echo'), text: 'x' }],
    } as never;
    input.quotes = [atTalk, testQuote('not-at-talk', 'b', [])] as never;
    const record = buildRecord(input);
    expect(sourcesOfEvent(record, 'talk').map((s) => s.id)).toEqual(['article', 'preview', 'echo']);
  });
});
