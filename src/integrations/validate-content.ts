import type { AstroIntegration } from 'astro';
import { ContentError } from '../lib/validation/content-problem.ts';
import { readContentFolder } from '../lib/validation/read-content-folder.ts';
import { validateContent } from '../lib/validation/validate-content.ts';

/**
 * Checks the content folder before Astro reads it, so that a curator gets one plain message
 * per problem (file → field: what is wrong and how to fix it) instead of a stack trace, and a
 * build with bad content stops before anything is written.
 */
export default function validateContentIntegration(contentDir: string): AstroIntegration {
  return {
    name: 'on-the-record:validate-content',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const { problems } = validateContent(readContentFolder(contentDir));
        if (problems.length === 0) return;
        const report = new ContentError(problems).message;
        if (command !== 'build') {
          logger.error(report);
          return;
        }
        // Exiting here, rather than throwing, keeps Astro from printing a stack trace after the report.
        process.stderr.write(`\n${report}\n\n`);
        process.exit(1);
      },
    },
  };
}
