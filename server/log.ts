import pino from 'pino';

/**
 * Structured JSON logs. Callers log ids and counts, never message text, names, phone numbers or
 * tokens; the redact paths are a second line of defence for fields that must never appear.
 *
 * Errors are logged as `err: e` (the Error itself) and always go through `serializeError`: a failed
 * query's error carries the statement's parameters — the seeker's words, name, phone, ID number,
 * token hash — in drizzle's message (`Failed query: … params: …`) and its `params`, in postgres.js's
 * `parameters`/`args`, and in PostgreSQL's `detail` ("Failing row contains (…)"); none of it is logged.
 */
export type Logger = pino.Logger;

export function createLogger(level: string = 'info', destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: undefined,
      redact: { paths: ['token', 'password', 'authorization', 'cookie', '*.token', '*.password', 'req.headers.authorization', 'req.headers.cookie'], censor: '[redacted]' },
      serializers: { err: serializeError, error: serializeError },
      hooks: {
        // `log.error(e)` would make the error's own message — parameters and all — the line's msg.
        logMethod(args, method) {
          const [first, ...rest] = args as unknown[];
          if (!(first instanceof Error)) return method.apply(this, args);
          const msg = typeof rest[0] === 'string' ? rest : [(serializeError(first) as SerializedError).message];
          return method.apply(this, [{ err: first }, ...msg] as Parameters<typeof method>);
        },
      },
      // An Error under any other key is serialised the same way.
      formatters: {
        log: (fields) => {
          for (const [key, value] of Object.entries(fields)) if (value instanceof Error) fields[key] = serializeError(value);
          return fields;
        },
      },
    },
    destination,
  );
}

export interface SerializedError {
  type: string;
  message: string;
  code?: string;
  /** PostgreSQL's own fields that name no value: where it failed, never what the row held. */
  severity?: string;
  table?: string;
  column?: string;
  constraint?: string;
  routine?: string;
  /** The failed statement's SQL text, with its placeholders ($1 …), never their values. */
  query?: string;
  stack?: string;
  cause?: SerializedError;
}

const MAX_DEPTH = 5;
const QUERY_CHARS = 500;

/**
 * An error as it may be logged: type, message, code, the failed statement without its
 * parameters, the stack and the cause chain. Every parameter value of a failed query anywhere in
 * the chain is cut out of every string (PostgreSQL may quote one in its message: `invalid input
 * syntax for type uuid: "…"`), and so is any run of seven or more digits (a phone or ID number
 * however it got there). Fields that can hold row values (`detail`, `where`, `hint`, drizzle's
 * `params`, postgres.js's `parameters` and `args`) are dropped. Anything not an Error (an error
 * already serialised) is returned as it is.
 */
export function serializeError(e: unknown): SerializedError | unknown {
  if (!(e instanceof Error)) return e;
  try {
    const params = [...collectParams(e)].sort((a, b) => b.length - a.length);
    return serialize(e as Error & Record<string, unknown>, params, 0);
  } catch {
    // Logging an error must never fail, nor fall back to the raw error.
    return { type: e.constructor?.name ?? 'Error', message: '[error not serialisable]' };
  }
}

function serialize(e: Error & Record<string, unknown>, params: string[], depth: number): SerializedError {
  const clean = (s: string) => scrub(s, params, false);
  const message = clean(withoutParams(String(e.message ?? '')));
  // A bundled driver's class name can be minified to a letter (PGlite's is "O"): its `name` says more.
  const className = e.constructor?.name ?? '';
  const out: SerializedError = { type: className.length > 2 && className !== 'Object' ? className : String(e.name ?? 'Error'), message };
  const code = e.code ?? e.errno;
  if (typeof code === 'string' || typeof code === 'number') out.code = String(code);
  if (typeof e.severity === 'string') out.severity = e.severity;
  // postgres.js names them table_name …; PGlite (as node-postgres) table ….
  const table = e.table_name ?? e.table;
  const column = e.column_name ?? e.column;
  const constraint = e.constraint_name ?? e.constraint;
  if (typeof table === 'string') out.table = table;
  if (typeof column === 'string') out.column = column;
  if (typeof constraint === 'string') out.constraint = constraint;
  if (typeof e.routine === 'string') out.routine = e.routine;
  // In SQL text a parameter can only appear by coincidence, as a keyword or a column name: those stay.
  if (typeof e.query === 'string' && e.query) out.query = scrub(e.query.slice(0, QUERY_CHARS), params, true);
  if (typeof e.stack === 'string') {
    // The stack opens with "Type: message" — the unscrubbed message, params and all.
    const frames = e.stack.split('\n').filter((line) => /^\s+at /.test(line));
    out.stack = clean([`${out.type}: ${message}`, ...frames].join('\n'));
  }
  if (e.cause && depth < MAX_DEPTH) {
    const cause = e.cause as Error & Record<string, unknown>;
    out.cause = typeof cause === 'object' ? serialize(cause, params, depth + 1) : { type: typeof cause, message: clean(String(cause)) };
  }
  return out;
}

/** drizzle's DrizzleQueryError: "Failed query: <sql>\nparams: <values>". */
const withoutParams = (message: string) => message.replace(/\nparams: [\s\S]*$/, '');

/** Every parameter value of a failed statement in the cause chain, as text (arrays and JSON flattened). */
function collectParams(e: unknown): Set<string> {
  const found = new Set<string>();
  const add = (v: unknown, depth = 0): void => {
    if (v === null || v === undefined || depth > 3) return;
    if (Array.isArray(v)) return v.forEach((x) => add(x, depth + 1));
    if (v instanceof Date) return;
    if (typeof v === 'object') {
      found.add(JSON.stringify(v));
      return Object.values(v as Record<string, unknown>).forEach((x) => add(x, depth + 1));
    }
    const s = String(v);
    if (s.length >= 2) found.add(s);
    if (typeof v === 'string' && /^[[{]/.test(s)) {
      try {
        add(JSON.parse(s), depth + 1);
      } catch {
        // not JSON: the whole string is cut out above
      }
    }
  };
  for (let err = e as Record<string, unknown> | undefined, depth = 0; err && typeof err === 'object' && depth <= MAX_DEPTH; err = err.cause as typeof err, depth++) {
    add(err.params);
    add(err.parameters);
    add(err.args);
  }
  return found;
}

/** Words such as a status or a role, which in SQL text are keywords and names rather than someone's data. */
const WORD = /^[a-z_]{2,24}$/;

function scrub(s: string, params: string[], keepWords: boolean): string {
  let out = s;
  for (const p of params) if (!(keepWords && WORD.test(p)) && out.includes(p)) out = out.split(p).join('[param]');
  return out.replace(/\d[\d\s-]{5,}\d[\dXx]?/g, (run) => (run.replace(/\D/g, '').length >= 7 ? '[digits]' : run));
}

/** An error's message as it may be logged or stored: without a failed query's parameters. */
export function safeErrorMessage(e: unknown): string {
  return e instanceof Error ? (serializeError(e) as SerializedError).message : String(e);
}
