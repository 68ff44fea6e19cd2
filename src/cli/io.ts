/**
 * Where the CLI writes. Commands print only through this, so tests can run
 * them in-process and capture both streams.
 */

/** The CLI's output streams and working directory. */
export interface CliIo {
  /** Writes to standard output (results: text reports or exactly one JSON document). */
  out(text: string): void;
  /** Writes to standard error (errors, progress, notes). */
  err(text: string): void;
  /** Whether standard error is a terminal (progress may then redraw one line). */
  readonly errIsTTY: boolean;
  /** The directory relative paths are resolved against. */
  readonly cwd: string;
}

/** The process's own streams. */
export function processIo(): CliIo {
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    errIsTTY: process.stderr.isTTY === true,
    cwd: process.cwd(),
  };
}

/** An `CliIo` that keeps everything written, for tests and embedding. */
export class CapturedIo implements CliIo {
  stdout = '';
  stderr = '';

  constructor(readonly cwd: string, readonly errIsTTY = false) {}

  out(text: string): void {
    this.stdout += text;
  }

  err(text: string): void {
    this.stderr += text;
  }
}
