/**
 * The command's I/O on Node: files, directories, standard input and output.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import type { CliIo } from './run';

/** `CliIo` backed by the file system and the process's standard streams. */
export function nodeIo(): CliIo {
  return {
    readText: (path) => readFileSync(path === '-' ? 0 : path, 'utf8'),
    isDirectory: (path) => {
      try {
        return path !== '-' && statSync(path).isDirectory();
      } catch {
        return false;
      }
    },
    listDirectory: (path) => readdirSync(path),
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
  };
}
