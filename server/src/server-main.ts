import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

/** Entry point of dist/server.js: the connection over the transport the client chose (IPC in VS Code, --stdio for others). */
startServer(createConnection(ProposedFeatures.all), {
  readText: (path) => {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return undefined;
    }
  },
  // dist/server.js → <extension>/docs/rules
  docsBase: pathToFileURL(join(__dirname, '..', 'docs', 'rules')).href,
});
