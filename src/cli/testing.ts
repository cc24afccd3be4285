/**
 * Test helpers for the `decide` command: an in-memory file system and the output it captures.
 */
import type { CliIo } from './run';

/** `io` over `files` (path → text) and `directories` (path → entry names), capturing standard output and error. */
export function fakeIo(files: Record<string, string>, directories: Record<string, string[]> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    readText: (path) => {
      const text = files[path];
      if (text === undefined) throw new Error('no such file');
      return text;
    },
    isDirectory: (path) => path in directories,
    listDirectory: (path) => directories[path] ?? [],
    out: (text) => out.push(text),
    err: (text) => err.push(text),
  };
  return { io, out, err, lines: () => out.join('').split('\n').filter(Boolean) };
}
