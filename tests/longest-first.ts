import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Where no earlier run has timed a file (a fresh clone), the projects whose files run npm
 * scripts and builds, the longest, go first.
 */
const PROJECTS_FIRST = ['site', 'record', 'a11y', 'browser', 'unit'];

/**
 * Starts the slowest test files first, whatever their project. Vitest's own order runs the
 * projects one after another by name, which left `npm run check` and the benchmark (about 100 s
 * each) to start 4½ minutes into a run and finish it alone on the 2-core machines.
 */
export default class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const root = this.ctx.config.root;
    const key = (file: TestSpecification) => `${file.project.name}:${relative(root, file.moduleId)}`;
    const timed = (file: TestSpecification) => this.ctx.cache.getFileTestResults(key(file))?.duration;
    const size = (file: TestSpecification) => this.ctx.cache.getFileStats(key(file))?.size ?? 0;
    const rank = (file: TestSpecification) => {
      const i = PROJECTS_FIRST.indexOf(file.project.name);
      return i === -1 ? PROJECTS_FIRST.length : i;
    };
    // Files no run has timed yet (new ones, or all of them in a fresh clone) first, as Vitest does.
    return [...files].sort((a, b) => {
      const [ta, tb] = [timed(a), timed(b)];
      if (ta === undefined || tb === undefined)
        return ta !== undefined ? 1 : tb !== undefined ? -1 : rank(a) - rank(b) || size(b) - size(a);
      return tb - ta;
    });
  }
}
