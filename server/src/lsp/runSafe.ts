// Feature: the guard every request handler runs through. Cancellation returns the LSP cancellation
// error; any exception is logged and the handler answers with its default value, so one bad document
// can never take the server down.

import { LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver/node';

export interface Logger {
  error(message: string): void;
}

export function runSafe<T>(logger: Logger, fn: () => T, defaultValue: T, what: string, token?: CancellationToken): T | ResponseError<void> {
  if (token?.isCancellationRequested) return new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled');
  try {
    const result = fn();
    if (token?.isCancellationRequested) return new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled');
    return result;
  } catch (error) {
    logger.error(`${what} failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    return defaultValue;
  }
}
