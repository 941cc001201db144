import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CslItem } from './csl-item.ts';
import type { Citations } from './format-citations.ts';

/** One item to format, under the key its page asks for it by. */
export interface CitationJob {
  key: string;
  item: CslItem;
  /** Folders to write the item's download files into (cite.ris, cite.bib, cite.json). */
  downloadFolders: string[];
}
export type CitationReply = { key: string; citations: Citations } | { key: string; error: string };

interface Pending {
  job: CitationJob;
  sent: boolean;
  promise: Promise<Citations>;
  resolve: (citations: Citations) => void;
  reject: (error: Error) => void;
}

// Small batches, so that an item a page is waiting for soon gets ahead of the prefetched ones;
// large enough that messaging costs nothing next to citeproc (≈8 ms an item).
const BATCH_SIZE = 8;

/**
 * A worker per core, though the main thread renders pages too: in a cold build citeproc is the
 * larger part of the work, and the main thread spends much of its time waiting for it (5,000
 * quotes on 2 cores: 173 s with one worker, 134 s with two). With the cache warm, workers only
 * read files.
 */
const defaultWorkers = () => Math.max(1, os.availableParallelism());

/**
 * Each worker's young generation, in MB. citeproc keeps 40–80 MB alive while V8's default young
 * generation let each worker's heap stand at ≈ 165 MB. At 8 MB a cold build of 10,000 quotes
 * peaked ≈ 165 MB lower in each of four alternated pairs (1,716–1,825 MB against 1,864–1,977),
 * in no more time and with the same output.
 */
const YOUNG_GENERATION_MB = 8;

/**
 * Formats citations on worker threads. Every item is queued up front in the order pages will
 * probably ask for them; an item a page asks for before its turn jumps the queue. A worker holds
 * the process open only while it has work, so a finished build exits.
 */
export class CitationPool {
  readonly #pending = new Map<string, Pending>();
  readonly #prefetch: Pending[] = [];
  #prefetchNext = 0;
  readonly #urgent: Pending[] = [];
  readonly #idle: Worker[] = [];
  readonly #inFlight = new Map<Worker, Pending[]>();
  /** Set when a worker died: nothing more can be formatted, and every waiting page is told why. */
  #failure: Error | undefined;

  constructor(workerFile: URL, cacheFolder: string, workers = defaultWorkers()) {
    for (let i = 0; i < workers; i++) this.#idle.push(this.#startWorker(workerFile, cacheFolder));
  }

  /** Queues jobs to be formatted in this order, ahead of any page asking for them. */
  prefetch(jobs: CitationJob[]): void {
    for (const job of jobs) {
      if (!this.#pending.has(job.key)) this.#prefetch.push(this.#track(job));
    }
    this.#dispatch();
  }

  /**
   * Settles when every job queued so far has been formatted and its downloads written; rejects
   * with the first failure.
   */
  async finished(): Promise<void> {
    await Promise.all([...this.#pending.values()].map((pending) => pending.promise));
  }

  /** The citations under `key`, formatting `item()` first if it was never queued. */
  citations(key: string, item: () => CslItem): Promise<Citations> {
    if (this.#failure) return Promise.reject(this.#failure);
    const pending = this.#pending.get(key) ?? this.#track({ key, item: item(), downloadFolders: [] });
    if (!pending.sent) {
      this.#urgent.push(pending);
      this.#dispatch();
    }
    return pending.promise;
  }

  #track(job: CitationJob): Pending {
    let resolve!: Pending['resolve'];
    let reject!: Pending['reject'];
    const promise = new Promise<Citations>((res, rej) => ((resolve = res), (reject = rej)));
    const pending: Pending = { job, sent: false, promise, resolve, reject };
    this.#pending.set(job.key, pending);
    return pending;
  }

  #startWorker(workerFile: URL, cacheFolder: string): Worker {
    const worker = new Worker(workerFile, {
      workerData: { cacheFolder },
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
    worker.unref();
    worker.on('message', (replies: CitationReply[]) => {
      for (const reply of replies) {
        const pending = this.#pending.get(reply.key)!;
        if ('error' in reply)
          pending.reject(new Error(`Could not format the citations of ${reply.key}:\n${reply.error}`));
        else pending.resolve(reply.citations);
      }
      this.#inFlight.delete(worker);
      worker.unref();
      this.#idle.push(worker);
      this.#dispatch();
    });
    worker.on('error', (error) => {
      this.#failure = new Error(`The citation worker (${workerFile.pathname}) failed: ${error.message}`);
      // Settled promises ignore a second settlement, so rejecting every one is safe.
      for (const pending of this.#pending.values()) pending.reject(this.#failure);
    });
    return worker;
  }

  /** The next batch: items pages are waiting for first, then the prefetched ones in order. */
  #nextBatch(): Pending[] {
    const batch: Pending[] = [];
    const take = (pending: Pending) => {
      if (pending.sent) return;
      pending.sent = true;
      batch.push(pending);
    };
    while (batch.length < BATCH_SIZE && this.#urgent.length > 0) take(this.#urgent.shift()!);
    while (batch.length < BATCH_SIZE && this.#prefetchNext < this.#prefetch.length)
      take(this.#prefetch[this.#prefetchNext++]);
    return batch;
  }

  #dispatch(): void {
    while (this.#idle.length > 0) {
      const batch = this.#nextBatch();
      if (batch.length === 0) return;
      const worker = this.#idle.pop()!;
      this.#inFlight.set(worker, batch);
      worker.ref();
      worker.postMessage(batch.map((pending) => pending.job));
    }
  }
}
