/**
 * A worker thread that formats citations, so that citeproc runs on another core while the main
 * thread renders pages. Started by citation-pool.ts; Node runs this file from source (it strips
 * the types), which is why the modules it imports name their `.ts` files.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { cachedCitations } from './citation-cache.ts';
import { writeCitationDownloads } from './citation-downloads.ts';
import type { CitationJob, CitationReply } from './citation-pool.ts';

const { cacheFolder } = workerData as { cacheFolder: string };

// The pool sends a worker its next batch only once it has replied to the last.
parentPort!.on('message', async (jobs: CitationJob[]) => {
  const replies: CitationReply[] = [];
  for (const { key, item, downloadFolders } of jobs) {
    try {
      const citations = await cachedCitations(cacheFolder, item);
      // Written before the reply, so that every file is on disk once every page has its citations.
      writeCitationDownloads(downloadFolders, citations);
      replies.push({ key, citations });
    } catch (error) {
      replies.push({ key, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    }
  }
  parentPort!.postMessage(replies);
});
