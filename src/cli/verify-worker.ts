/**
 * The child process that runs one search of a `verify` plan. Each check gets
 * a fresh process so that what the JavaScript engine learned while running
 * earlier models (their shapes, its optimised code) cannot slow later ones,
 * and so a search that exhausts memory ends only its own check. It receives
 * one `SearchRequest`, answers with one `SearchReply`, and exits.
 */
import { compileModel, explore } from '../engine/index.ts';
import { classifyThrown } from './failure.ts';
import { loadModel } from './load-model.ts';
import type { SearchReply, SearchRequest } from './verify-isolated.ts';

async function search(request: SearchRequest): Promise<SearchReply> {
  const loaded = await loadModel(request.modelPath, process.cwd());
  if (!loaded.ok) return loaded;
  try {
    const cm = compileModel(loaded.value.model, request.params);
    return { ok: true, value: explore(cm, request.options) };
  } catch (err) {
    return { ok: false, failure: classifyThrown(err) };
  }
}

process.once('message', (request: SearchRequest) => {
  void search(request).then((reply) => {
    process.send?.(reply, () => process.disconnect());
  });
});
