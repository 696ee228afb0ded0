// Feature: the custom protocol between the client and the server, declared once.
// This module has no dependencies, so the client bundle can import it without pulling in server code.

/** The `source` of every diagnostic, as shown in the Problems panel. */
export const DIAGNOSTIC_SOURCE = 'CloudFront & IAM Lens';

/** The prefix of every setting. */
export const SETTINGS_SECTION = 'cloudfrontIamLens';
