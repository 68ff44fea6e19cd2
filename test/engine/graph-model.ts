/**
 * Test helper: a model whose state graph is an explicit random graph, so the
 * engine's answers can be compared with a plain BFS over the same graph.
 */
import { defineModel, range, t, type AnyModel } from '../../src/index.ts';

/** `edges[a][s]` is the successor of node `s` under action `a`, or -1 when disabled. */
export interface Graph {
  readonly nodes: number;
  readonly edges: readonly (readonly number[])[];
  readonly inits: readonly number[];
}

/** The model of `graph`, with an invariant that fails exactly at node `bad`. */
export function graphModel(graph: Graph, bad = -1): AnyModel {
  return defineModel({
    name: 'random-graph',
    state: () => ({ v: t.int(0, graph.nodes - 1) }),
    init: () => graph.inits.map((v) => ({ v })),
    actions: (_p, action) =>
      graph.edges.map((row, a) =>
        action(`a${a}`, {
          when: (s) => row[s.v]! >= 0,
          then: (s) => {
            s.v = row[s.v]!;
          },
        }),
      ),
    invariants: { notBad: (s) => s.v !== bad },
    terminal: () => true,
  }) as unknown as AnyModel;
}

/** Plain BFS: the distance of every node from the initial nodes (-1 when unreachable). */
export function distances(graph: Graph): number[] {
  const dist = range(graph.nodes).map(() => -1);
  const queue: number[] = [];
  for (const i of graph.inits) {
    if (dist[i] === -1) {
      dist[i] = 0;
      queue.push(i);
    }
  }
  while (queue.length > 0) {
    const s = queue.shift()!;
    for (const row of graph.edges) {
      const n = row[s]!;
      if (n >= 0 && dist[n] === -1) {
        dist[n] = dist[s]! + 1;
        queue.push(n);
      }
    }
  }
  return dist;
}
