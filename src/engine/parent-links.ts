/**
 * Parent links: for each state found, the state it was found from and which
 * successor it was. That is all a counterexample needs: the path is read back
 * from the links and the states are rebuilt by replay. Eight bytes a state.
 */
import { U32List } from './chunked.ts';

/** The parent of an initial state. */
export const NO_PARENT = 0xffffffff;

/** States numbered in the order found, with their parent and step ordinal. */
export class ParentLinks {
  private readonly parent = new U32List();
  private readonly via = new U32List();

  /**
   * Numbers a new state found as successor `via` of `parent`; for an initial
   * state `parent` is `NO_PARENT` and `via` its index among the initial states.
   */
  add(parent: number, via: number): number {
    const id = this.parent.length;
    this.parent.push(parent);
    this.via.push(via);
    return id;
  }

  /** The initial state's index and the step ordinals that lead to state `id`. */
  pathTo(id: number): { init: number; steps: number[] } {
    const steps: number[] = [];
    let at = id;
    while (this.parent.get(at) !== NO_PARENT) {
      steps.push(this.via.get(at));
      at = this.parent.get(at);
    }
    return { init: this.via.get(at), steps: steps.reverse() };
  }
}
