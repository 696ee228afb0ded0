// Feature: the one undocumented choice in CloudFront path-pattern matching, kept in one place.

/**
 * The parts of path-pattern matching that AWS does not document. Every matcher and the
 * reachability analysis take this object, so a later user setting can change the choice
 * without touching the engine.
 */
export interface PathSemantics {
  /**
   * Whether a `?` in a path pattern may match a `/` in the request path. AWS only says that
   * `?` matches "exactly 1 character" (DevGuide DownloadDistValuesCacheBehavior, "Path pattern").
   */
  questionMatchesSlash: boolean;
}

/**
 * The reading taken here: `?` matches any single character, `/` included.
 * The known emulators (overcast, floci) do the same, and the matcher reports separately when a
 * match depended on it, so the editor can label such a result "assumed".
 */
export const DEFAULT_SEMANTICS: PathSemantics = Object.freeze({ questionMatchesSlash: true });
