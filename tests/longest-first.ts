import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Where no earlier run has timed the files (a fresh clone), the projects in this order: the
 * every-page audit is the longest file of all, and the site's files the most work.
 */
const PROJECTS_FIRST = ['a11y', 'site', 'record', 'browser', 'unit'];

/** A file that builds a site, runs an npm script or audits pages of its own: one of the slow ones. */
const RUNS_SOMETHING = /\b(runScript|startScript|buildSite|projectCopy|auditPages)\(|Build\(\)/;

/**
 * Orders the test files for a run on few cores: project by project, and in each project the
 * slowest first.
 *
 * By project, because Vitest keeps a worker (and every module it has loaded) for the next file
 * only when that file is of the same project: interleaving projects started a fresh worker for
 * nearly every file, 35 in a run, where this order starts 15. The projects go in the order of
 * their slowest file, so that no long file starts near the end and finishes the run alone; within
 * a project, the slowest first, as timed by the last run (files it did not time first of all, and
 * among those the ones that build, run a command or audit pages).
 */
export default class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const root = this.ctx.config.root;
    const key = (file: TestSpecification) => `${file.project.name}:${relative(root, file.moduleId)}`;
    const timed = (file: TestSpecification) => this.ctx.cache.getFileTestResults(key(file))?.duration;
    const size = (file: TestSpecification) => this.ctx.cache.getFileStats(key(file))?.size ?? 0;
    const runsSomething = (file: TestSpecification) => RUNS_SOMETHING.test(readFileSync(file.moduleId, 'utf8'));
    const rank = (project: string) => {
      const i = PROJECTS_FIRST.indexOf(project);
      return i === -1 ? PROJECTS_FIRST.length : i;
    };

    // Untimed files count as the slowest, as Vitest's own sequencer has them first.
    const byProject = Map.groupBy(
      files.map((file) => ({ file, ms: timed(file) ?? Infinity, runs: runsSomething(file), size: size(file) })),
      ({ file }) => file.project.name,
    );
    const slowestFirst = (a: { ms: number; runs: boolean; size: number }, b: typeof a) =>
      (a.ms === b.ms ? 0 : b.ms - a.ms) || Number(b.runs) - Number(a.runs) || b.size - a.size;
    for (const projectFiles of byProject.values()) projectFiles.sort(slowestFirst);
    // A project whose files no run has timed (a fresh clone: all of them) goes by PROJECTS_FIRST.
    const slowestTimed = (project: string) => byProject.get(project)!.find((f) => f.ms !== Infinity)?.ms;
    const projects = [...byProject.keys()].sort((a, b) => {
      const [ta, tb] = [slowestTimed(a), slowestTimed(b)];
      if (ta !== undefined && tb !== undefined) return tb - ta;
      if (ta === undefined && tb === undefined) return rank(a) - rank(b);
      return ta === undefined ? -1 : 1;
    });
    return projects.flatMap((project) => byProject.get(project)!.map(({ file }) => file));
  }
}
