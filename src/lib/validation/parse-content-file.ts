import { compileSync } from '@mdx-js/mdx';
import { load as loadYaml } from 'js-yaml';
import type { ContentProblem } from './content-problem.ts';

/** One file of the content folder, as read from disk. */
export interface ContentFile {
  /** The folder it is in: sources, stakeholders, claims, quotes or events. */
  collection: string;
  /** Its path as curators are shown it, e.g. `content/quotes/x.yaml`. */
  file: string;
  /** Its text. */
  text: string;
}

/** The fields of a file, when they could be read, and what is wrong with the file. */
export interface Parsed {
  data?: Record<string, unknown>;
  problems: ContentProblem[];
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

function isYamlError(error: unknown): error is { reason: string; mark?: { line: number } } {
  return typeof error === 'object' && error !== null && 'reason' in error;
}

function parseYaml(file: string, text: string, where: string, lineOffset = 0): Parsed {
  let data: unknown;
  try {
    // The core schema keeps `2021-04-19` a string in some loaders and a Date in others; both are accepted.
    data = loadYaml(text);
  } catch (error) {
    if (!isYamlError(error)) throw error;
    const line = error.mark ? ` at line ${error.mark.line + 1 + lineOffset}` : '';
    return {
      problems: [
        {
          file,
          field: '(file)',
          message: `the ${where} is not valid YAML${line} (${error.reason}): check indentation, colons and quotation marks there`,
        },
      ],
    };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { problems: [{ file, field: '(file)', message: `the ${where} must be a list of "field: value" lines` }] };
  }
  return { data: data as Record<string, unknown>, problems: [] };
}

/** Only JSX, expressions and import/export can make MDX fail to compile; plain Markdown cannot. */
const MDX_SYNTAX = /[{<]|^(?:import|export)\b/m;

function compileMdx(file: string, body: string, bodyLine: number): ContentProblem[] {
  // Compiling is the slow part of validation, and a body with no MDX syntax always compiles.
  if (!MDX_SYNTAX.test(body)) return [];
  try {
    compileSync(body);
    return [];
  } catch (error) {
    const e = error as { reason?: string; message?: string; line?: number };
    const line = e.line ? ` at line ${e.line + bodyLine - 1}` : '';
    return [
      {
        file,
        field: '(body)',
        message: `the MDX body has a syntax error${line}: ${e.reason ?? e.message}. In MDX, write { and < as \\{ and &lt; unless they start an expression or a tag`,
      },
    ];
  }
}

/** Reads the fields of a YAML entry, or the front matter (and checks the body) of an MD/MDX one. */
export function parseContentFile({ file, text }: ContentFile): Parsed {
  if (/\.ya?ml$/.test(file)) return parseYaml(file, text, 'file');
  const match = FRONTMATTER.exec(text);
  if (!match) {
    return {
      problems: [
        {
          file,
          field: '(file)',
          message: 'the file must start with front matter: a line "---", the fields, and another line "---"',
        },
      ],
    };
  }
  const parsed = parseYaml(file, match[1], 'front matter', 1);
  const bodyLine = match[0].split('\n').length;
  const bodyProblems = file.endsWith('.mdx') ? compileMdx(file, text.slice(match[0].length), bodyLine) : [];
  return { data: parsed.data, problems: [...parsed.problems, ...bodyProblems] };
}
