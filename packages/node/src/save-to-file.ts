import { basename, dirname, join } from 'node:path';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';

let saves = 0;

/**
 * Streams a download into `path` in constant memory (backpressure all the way to the socket). It writes a
 * temporary file beside the target and renames it when complete: a failed download leaves nothing behind,
 * and an existing file at `path` is only replaced by a complete one.
 */
export async function saveToFile(body: ReadableStream<Uint8Array>, path: string, signal?: AbortSignal): Promise<void> {
  // Unique within this process by the counter, across processes by the pid; 'wx' refuses to reuse a name anyway.
  saves += 1;
  const partial = join(dirname(path), `.${basename(path)}.${process.pid}-${Date.now().toString(36)}-${saves}.part`);
  // Loaded on the first save: a program that only calls the API does not pay for them at import.
  const [{ createWriteStream }, { rename, rm }, { Readable }, { pipeline }] = await Promise.all([
    import('node:fs'),
    import('node:fs/promises'),
    import('node:stream'),
    import('node:stream/promises'),
  ]);
  try {
    const source = Readable.fromWeb(body as NodeReadableStream<Uint8Array>);
    await pipeline(source, createWriteStream(partial, { flags: 'wx' }), ...(signal ? [{ signal }] : []));
    await rename(partial, path);
  } catch (error) {
    await body.cancel().catch(() => undefined);
    await rm(partial, { force: true });
    throw error;
  }
}
