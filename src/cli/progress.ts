/**
 * Progress lines on standard error for long searches: distinct and
 * generated states, depth, queue and rate. On a terminal the line is
 * redrawn in place; otherwise each report is a plain line, with no cursor
 * control codes.
 */
import type { SearchEvent } from '../engine/index.ts';
import { formatCount } from '../report/index.ts';
import type { CliIo } from './io.ts';

/** Receives search events; `finish` ends a redrawn terminal line. */
export interface ProgressPrinter {
  readonly onEvent: (event: SearchEvent) => void;
  finish(): void;
}

/** The progress line for one event. */
export function progressLine(e: SearchEvent): string {
  return `progress: ${formatCount(e.distinct)} distinct, ${formatCount(e.generated)} ` +
    `generated, depth ${e.depth}, queue ${formatCount(e.queue)}, ` +
    `${formatCount(e.statesPerSecond)} states/s, ${e.seconds.toFixed(1)} s`;
}

/** A printer writing to `io.err`. */
export function progressPrinter(io: CliIo): ProgressPrinter {
  let open = false;
  return {
    onEvent(e) {
      if (io.errIsTTY) {
        io.err(`\r\x1b[K${progressLine(e)}`);
        open = true;
      } else {
        io.err(`${progressLine(e)}\n`);
      }
    },
    finish() {
      if (open) io.err('\r\x1b[K');
      open = false;
    },
  };
}
