/**
 * The ts-morph project the prover reads sources with. One project is kept per
 * process and refreshed from disk before each use, so repeated proofs do not
 * pay for building it again yet always see the files as they are now.
 */
import { Project, type SourceFile, ts } from 'ts-morph';

let project: Project | undefined;

function create(): Project {
  return new Project({
    skipAddingFilesFromTsConfig: true,
    compilerOptions: {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.Preserve,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      allowImportingTsExtensions: true,
      noEmit: true,
      strict: true,
      // Symbols are resolved syntactically across files; library types are not needed.
      noLib: true,
      types: [],
    },
  });
}

/** Loads a file (absolute path) and the files it imports, fresh from disk. */
export function loadSourceFile(path: string): SourceFile {
  project ??= create();
  for (const file of project.getSourceFiles()) file.refreshFromFileSystemSync();
  const file = project.getSourceFile(path) ?? project.addSourceFileAtPath(path);
  project.resolveSourceFileDependencies();
  return file;
}
