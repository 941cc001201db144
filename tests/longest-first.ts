import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Where no earlier run has timed the files (a fresh clone), the projects in this order: the
 * every-page audit is the longest file of all, and the site's files the most work.
 */
const PROJECTS_FIRST = ['a11y', 'site', 'record', 'browser', 'unit'];

/** A file that builds a site or runs an npm script of its own: one of the slow ones. */
const RUNS_SOMETHING = /\b(runScript|startScript|buildSite|projectCopy|auditPages)\(|Build\(\)/;

/**
 * Orders the test files for a run on few cores: project by project, and in each project the
 * slowest first.
 *
 * By project, because Vitest keeps a worker (and every module it has loaded) for the next file
 * only when that file is of the same project; interleaving projects started a fresh worker for
 * nearly every file, 35 in a run, some 3.7 s of CPU each. The projects go in the order of their
 * slowest file, so that no long file starts near the end and finishes the run alone; within a
 * project, the slowest first, as timed by the last run (files it did not time first of all, and
 * among those the ones that build or run a command).
 */
export default class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const root = this.ctx.config.root;
    const key = (file: TestSpecification) => `${file.project.name}:${relative(root, file.moduleId)}`;
    const timed = (file: TestSpecification) => this.ctx.cache.getFileTestResults(key(file))?.duration;
    const size = (file: TestSpecification) => this.ctx.cache.getFileStats(key(file))?.size ?? 0;
    const runsSomething = (file: TestSpecification) => RUNS_SOMETHING.test(readFileSync(file.moduleId, 'utf8'));
    // Untimed files count as the longest, as Vitest's own sequencer has them first.
    const cost = (file: TestSpecification) => timed(file) ?? Infinity;

    const projects = new Map<string, TestSpecification[]>();
    for (const file of files) projects.set(file.project.name, [...(projects.get(file.project.name) ?? []), file]);
    const slowest = (name: string) =>
      Math.max(
        ...projects
          .get(name)!
          .filter((f) => timed(f) !== undefined)
          .map(cost),
      );
    const rank = (name: string) => {
      const i = PROJECTS_FIRST.indexOf(name);
      return i === -1 ? PROJECTS_FIRST.length : i;
    };
    const order = [...projects.keys()].sort((a, b) => {
      const [sa, sb] = [slowest(a), slowest(b)];
      // -Infinity: no file of the project timed.
      if (sa === -Infinity || sb === -Infinity) return sa !== -Infinity ? 1 : sb !== -Infinity ? -1 : rank(a) - rank(b);
      return sb - sa;
    });
    return order.flatMap((name) =>
      projects
        .get(name)!
        .map((file) => ({ file, cost: cost(file), runs: runsSomething(file), size: size(file) }))
        .sort((a, b) => b.cost - a.cost || Number(b.runs) - Number(a.runs) || b.size - a.size)
        .map(({ file }) => file),
    );
  }
}
