/**
 * Growable arrays of 32-bit words in fixed-size chunks: appending never
 * copies what is stored, so peak memory stays close to what is used.
 */
const CHUNK_BITS = 20;
const CHUNK = 1 << CHUNK_BITS;

/** An append-only list of uint32 values, addressed by index. */
export class U32List {
  private readonly chunks: Uint32Array[] = [];
  /** Number of values stored. */
  length = 0;

  push(v: number): void {
    const c = this.length >>> CHUNK_BITS;
    if (c === this.chunks.length) this.chunks.push(new Uint32Array(CHUNK));
    this.chunks[c]![this.length & (CHUNK - 1)] = v;
    this.length++;
  }

  get(i: number): number {
    return this.chunks[i >>> CHUNK_BITS]![i & (CHUNK - 1)]!;
  }

  /** Bytes held. */
  get bytes(): number {
    return this.chunks.length * CHUNK * 4;
  }
}

/**
 * A queue (or stack) of fixed-size records of `width` words. Records are
 * appended at the tail; `shift` takes from the head, `pop` from the tail.
 * Chunks the head has passed are released.
 */
export class RecordQueue {
  private chunks: (Uint32Array | undefined)[] = [];
  private readonly perChunk: number;
  private head = 0;
  private tail = 0;

  constructor(readonly width: number) {
    this.perChunk = Math.max(1, Math.floor(65536 / width));
  }

  get size(): number {
    return this.tail - this.head;
  }

  /** Appends the record `[a, b, ...words]`, where `words` has `width - 2` entries. */
  push(a: number, b: number, words: Uint32Array): void {
    const c = Math.floor(this.tail / this.perChunk);
    let chunk = this.chunks[c];
    if (!chunk) {
      chunk = new Uint32Array(this.perChunk * this.width);
      this.chunks[c] = chunk;
    }
    const at = (this.tail % this.perChunk) * this.width;
    chunk[at] = a;
    chunk[at + 1] = b;
    for (let i = 2; i < this.width; i++) chunk[at + i] = words[i - 2]!;
    this.tail++;
  }

  /** Copies the head record into `dst` and removes it. */
  shift(dst: Uint32Array): void {
    const c = Math.floor(this.head / this.perChunk);
    const chunk = this.chunks[c]!;
    const at = (this.head % this.perChunk) * this.width;
    for (let i = 0; i < this.width; i++) dst[i] = chunk[at + i]!;
    this.head++;
    if (this.head % this.perChunk === 0) this.chunks[c] = undefined;
  }

  /** Copies the tail record into `dst` and removes it. */
  pop(dst: Uint32Array): void {
    this.tail--;
    const c = Math.floor(this.tail / this.perChunk);
    const chunk = this.chunks[c]!;
    const at = (this.tail % this.perChunk) * this.width;
    for (let i = 0; i < this.width; i++) dst[i] = chunk[at + i]!;
    if (this.tail % this.perChunk === 0) this.chunks.length = c;
  }
}
