// The built-in sample library, resources/directives, found from this source file. The packaged
// desktop app keeps resources elsewhere (process.resourcesPath) and passes its own folder.
import { fileURLToPath } from 'node:url';

/** The sample library beside the sources; the packaged app passes its own resources path. */
export function sampleDirectivesFolder(): string {
  return fileURLToPath(new URL('../../../resources/directives/', import.meta.url));
}
