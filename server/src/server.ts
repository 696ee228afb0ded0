// Feature: the server process entry point. The transport (IPC from VS Code, or --stdio) is chosen
// from the command line by vscode-languageserver.

import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './lsp/startServer';

const connection = createConnection(ProposedFeatures.all);
// Anything written with console.log would corrupt a stdio transport, so it goes to the client's log.
console.log = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
console.error = (...args: unknown[]) => connection.console.error(args.map(String).join(' '));
process.on('uncaughtException', (error) => connection.console.error(`Uncaught exception: ${error.stack ?? error}`));
startServer(connection);
