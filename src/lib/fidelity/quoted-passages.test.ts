import { describe, expect, it } from 'vitest';
import { findQuotedPassages } from './quoted-passages.ts';

// Every line below is copied from content/snapshots/, marks and apostrophes as archived.
const passages = (text: string) => findQuotedPassages(text).map((p) => p.passage);

describe('finding the passages a snapshot prints in quotation marks', () => {
  it('closes dpa’s quotations at their two right single marks', () => {
    const line =
      '“Sadly, at a time when we need to be taking more action, Facebook is pursuing end-to-end encryption plans that place the good work and progress achieved so far in jeopardy,’’ Patel is expected to say.';
    expect(passages(line)).toEqual([
      'Sadly, at a time when we need to be taking more action, Facebook is pursuing end-to-end encryption plans that place the good work and progress achieved so far in jeopardy,',
    ]);
    expect(
      passages(
        'She would also call for Facebook to “work with us to embed the safety of the public in their system designs.’’',
      ),
    ).toEqual(['work with us to embed the safety of the public in their system designs.']);
  });

  it('finds a straight-quoted word in a headline without taking an apostrophe for a mark', () => {
    const line =
      "Priti Patel urges tech companies not to put children's safety in 'jeopardy' with encryption rollout plans";
    expect(passages(line)).toEqual(['jeopardy']);
  });

  it('reads straight single quotes around a speech, apostrophes inside it and all', () => {
    expect(
      passages(
        "'We cannot allow a situation where law enforcement's ability to tackle abhorrent criminal acts and protect victims is severely hampered.",
      ),
    ).toEqual([
      "We cannot allow a situation where law enforcement's ability to tackle abhorrent criminal acts and protect victims is severely hampered.",
    ]);
    expect(passages("'Simply removing accounts from a platform is nowhere near enough.'")).toEqual([
      'Simply removing accounts from a platform is nowhere near enough.',
    ]);
    expect(passages("Priti Patel: Facebook encryption plan 'could harm' fight against child abuse")).toEqual([
      'could harm',
    ]);
    expect(
      passages(
        'Home Secretary Priti Patel will use a virtual conference today to urge Facebook to "take the safety of children as seriously" as it does the business of advertising on internet.',
      ),
    ).toEqual(['take the safety of children as seriously']);
  });

  it('finds several passages on one line, straight and curly, and passes over apostrophes', () => {
    const cgtn =
      'The $280 billion USD company said its plans "created a cultural shift to make privacy a core responsibility of everyone at Facebook" that "respect and honor people\'s privacy in everything that we do."';
    expect(passages(cgtn)).toEqual([
      'created a cultural shift to make privacy a core responsibility of everyone at Facebook',
      "respect and honor people's privacy in everything that we do.",
    ]);
    const guardian =
      '“We cannot allow a situation where law enforcement’s ability to tackle abhorrent criminal acts and protect victims is severely hampered,” Patel told an event organised by the NSPCC children’s charity on Monday afternoon. “Simply removing accounts from platforms is nowhere near enough.”';
    expect(passages(guardian)).toEqual([
      'We cannot allow a situation where law enforcement’s ability to tackle abhorrent criminal acts and protect victims is severely hampered,',
      'Simply removing accounts from platforms is nowhere near enough.',
    ]);
    expect(
      passages(
        'It comes as an NSPCC poll, conducted by YouGov, showed public support for end-to-end encryption would almost double if platforms could demonstrate children’s safety would not be compromised.',
      ),
    ).toEqual([]);
  });

  it('closes a curly opening at a straight closing mark, as Computer Weekly prints one', () => {
    expect(
      passages(
        '“The offending will continue, the images of children being abused will proliferate – but the company intends to blind itself to this problem through end-to-end encryption which prevents all access to messaging content."',
      ),
    ).toHaveLength(1);
  });

  it('ends a quotation that goes on into the next paragraph at its paragraph’s end', () => {
    const text = [
      'NSPCC chief executive Sir Peter Wanless said: “Today’s polling shows the clear public consensus for stronger legislation that hardwires child protection into how tech firms design their platforms.',
      '',
      '“Mr Dowden will be judged on whether he takes decisions in the public interest.”',
    ].join('\n');
    expect(findQuotedPassages(text)).toEqual([
      {
        passage:
          'Today’s polling shows the clear public consensus for stronger legislation that hardwires child protection into how tech firms design their platforms.',
        line: 1,
        end: 'paragraph-end',
      },
      {
        passage: 'Mr Dowden will be judged on whether he takes decisions in the public interest.',
        line: 3,
        end: 'closed',
      },
    ]);
  });

  it('runs a passage the excerpt cuts off to the end of the text', () => {
    const text = [
      'Ms Patel said that the scale of the threat and the numbers “are simply appalling at every single level”, citing the trading of image of children, including toddlers and babies, as well as child sexual abuse material going viral.',
      '',
      '“Sadly at a time when we need to be taking more action – and I think the global pandemic alone has shown this with the hidden harms that have been taking place online – Facebook are still pursuing end-to-end encryption plans that place the good work and the progr',
    ].join('\n');
    const [appalling, sadly] = findQuotedPassages(text);
    expect(appalling).toEqual({ passage: 'are simply appalling at every single level', line: 1, end: 'closed' });
    expect(sadly.end).toBe('cut');
    expect(sadly.passage).toMatch(/^Sadly at a time .* the good work and the progr$/);
  });

  it('takes a plural possessive for an apostrophe, not a closing mark, outside a passage', () => {
    expect(passages('The public wants an end to rhetoric, so it’s in firms’ interests to find a fix.')).toEqual([]);
  });

  it('finds nothing in a primary text that prints the speaker’s own words without marks', () => {
    expect(
      passages(
        'It’s also a duty upon all of us in terms of how we protect our children, children across the world, across society.',
      ),
    ).toEqual([]);
  });
});
