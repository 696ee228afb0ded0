// Feature: the request an IAM simulation answers (an action, a resource, condition context keys and the caller),
// and its context keys read into the lookup every check uses: key names compare without regard to case, as
// IAM compares them, and a key given twice under different cases is one key with both values.

/** A condition context value: one string, or several for a multivalued key such as `aws:TagKeys`. */
export type ContextValue = string | readonly string[];

/** The request to simulate. */
export interface IamRequest {
  /** `service:Action`, such as `s3:GetObject`. */
  action: string;
  /** The resource ARN, or `*` for actions that take no resource. */
  resource: string;
  /** Condition context keys (any case) and their values. A key that is not given is absent from the request. */
  context?: Readonly<Record<string, ContextValue>>;
  /** The calling principal, for resource-based and trust policies: an ARN, an account id or a service principal. */
  principal?: string;
}

/** The request's condition context as the checks read it, and as the answer echoes it. */
export interface RequestContext {
  /** The values of a key (any case), or undefined when the request does not have it. */
  lookup: (key: string) => string[] | undefined;
  /** Every key under the spelling it was first given, with all its values. */
  echo: Record<string, string[]>;
}

/**
 * Called once per simulation. Reads the request's context keys; values that are neither strings, numbers nor
 * booleans are left out, since IAM compares text.
 */
export function contextOf(request: IamRequest): RequestContext {
  const byKey = new Map<string, string[]>();
  const echo: Record<string, string[]> = {};
  const names = new Map<string, string>();
  for (const [key, raw] of Object.entries(request.context ?? {})) {
    // The wire may carry numbers or booleans; IAM compares their text.
    const values = (Array.isArray(raw) ? (raw as unknown[]) : [raw as unknown])
      .filter((v) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean').map(String);
    const lower = key.toLowerCase();
    const name = names.get(lower) ?? key;
    names.set(lower, name);
    const merged = [...(byKey.get(lower) ?? []), ...values];
    byKey.set(lower, merged);
    echo[name] = merged;
  }
  return { lookup: (key) => byKey.get(key.toLowerCase()), echo };
}
