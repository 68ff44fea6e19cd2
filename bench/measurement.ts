/** One benchmark run as `bench/one.ts` prints it: counts, search time and memory. */
export interface Measurement {
  distinct: number;
  generated: number;
  /** Seconds of search, without start-up. */
  seconds: number;
  /** Resident memory just before the search, bytes. */
  rssBefore: number;
  /** The process's peak resident memory, bytes. */
  peakRss: number;
}
