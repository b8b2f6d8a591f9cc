// Parses a HubSpot project with HubSpot's own project parser, as `hs project upload` does before
// it uploads, and prints what it found as JSON: the components by uid, and every problem.
//
// The parser fetches the config schemas from HubSpot's servers; those are out of reach here, so
// its one fetch is answered with the documented fields (config-schemas.json). Everything else,
// from finding the hsmeta files to uid, folder and parent checks, is the parser's own code.
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { http } from '@hubspot/local-dev-lib/http';
import { isTranslationError, translate } from '@hubspot/project-parsing-lib/translate';

const projectDir = path.resolve(process.argv[2]);
const schemas = JSON.parse(readFileSync(new URL('./config-schemas.json', import.meta.url), 'utf8'));
http.get = async () => ({ data: schemas });

const project = JSON.parse(readFileSync(path.join(projectDir, 'hsproject.json'), 'utf8'));
const report = { project, components: {}, skippedHsMetaFiles: [], problems: [] };
try {
  const { intermediateRepresentation, skippedHsMetaFiles } = await translate({
    projectSourceDir: path.join(projectDir, project.srcDir),
    platformVersion: project.platformVersion,
    accountId: 1,
  });
  report.skippedHsMetaFiles = skippedHsMetaFiles;
  for (const [uid, node] of Object.entries(intermediateRepresentation.intermediateNodesIndexedByUid)) {
    report.components[uid] = {
      type: node.componentType,
      metaFile: node.metaFilePath,
      dependencies: node.componentDeps,
      config: node.config,
    };
  }
} catch (error) {
  report.problems.push(isTranslationError(error) ? error.toString() : String(error?.stack ?? error));
}
if (report.skippedHsMetaFiles.length > 0) {
  report.problems.push(`skipped hsmeta files (not where HubSpot looks): ${report.skippedHsMetaFiles.join(', ')}`);
}
process.stdout.write(JSON.stringify(report, null, 2) + '\n');
process.exitCode = report.problems.length === 0 ? 0 : 1;
