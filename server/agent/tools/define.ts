import { StructuredTool, type StructuredToolInterface } from '@langchain/core/tools';
import { ToolMessage } from '@langchain/core/messages';
import type { CallbackManagerForToolRun } from '@langchain/core/callbacks/manager';
import type { RunnableConfig } from '@langchain/core/runnables';
import { z } from 'zod';

/** Tool results are JSON text, the same for a remote model and the offline one. */
const result = (value: unknown) => JSON.stringify(value);

/** One input error, for the model to correct: the field's name in the schema and in Chinese. */
export const FieldErrorSchema = z.strictObject({ field: z.string(), label: z.string(), message: z.string() });
export type FieldError = z.infer<typeof FieldErrorSchema>;

/** What any tool answers to a call whose arguments fail its input schema: nothing ran. */
export const ToolRefusal = z.strictObject({ error: z.string(), errors: z.array(FieldErrorSchema) });
export type ToolRefusal = z.infer<typeof ToolRefusal>;

export interface ToolSpec<S extends z.ZodObject, O extends z.ZodType> {
  name: string;
  description: string;
  input: S;
  /**
   * What the tool returns (as JSON, to the model, the composer and the console: server/agent/tools/
   * outputs.ts). `run`'s result is typed by it; the tests parse every tool's result with it.
   */
  output: O;
  /**
   * Names a field in Chinese for an error (`hires.1.hiredOn` → 第2位招用人员的入职日期); by default
   * the field's own description up to its first comma.
   */
  labelOf?: (path: (string | number)[]) => string;
  /**
   * `partial`: fields that fail validation are left out and the call runs on the rest, with the
   * errors beside; otherwise a call with any invalid field does not run.
   */
  partial?: boolean;
  run(input: z.output<S>, config: RunnableConfig | undefined, notes: { errors: FieldError[]; ignored: string[] }): Promise<z.output<O>>;
}

/**
 * The JSON schema the model is sent for a tool: zod 4's, for the input side, without the `$schema`
 * line and the 2^53 bound `.int()` adds (about 80 bytes per tool that say nothing to a model).
 * Optional fields are optional (no `default`, so nothing optional is listed as required).
 */
export function wireSchema(input: z.ZodObject): Record<string, unknown> {
  // A plain copy: zod's result carries a `~standard` handle LangChain would regenerate it from.
  const json = JSON.parse(JSON.stringify(z.toJSONSchema(input, { io: 'input', unrepresentable: 'any' }))) as Record<string, unknown>;
  delete json.$schema;
  const prune = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(prune);
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if (o.maximum === Number.MAX_SAFE_INTEGER) delete o.maximum;
    if (o.minimum === Number.MIN_SAFE_INTEGER) delete o.minimum;
    Object.values(o).forEach(prune);
  };
  prune(json);
  return json;
}

/** The description's first phrase: “入职日期（YYYY-MM-DD）” → 入职日期. */
export function shortLabel(description: string | undefined, fallback: string): string {
  return description ? description.split(/[，；。：（]/u)[0]! : fallback;
}

/** The description of the field at `path`, or of the nearest field around it that has one (a list's, for its items). */
function describedAt(input: z.ZodObject, path: (string | number)[]): string | undefined {
  let node: z.ZodType | undefined = input;
  let found: string | undefined;
  for (const part of path) {
    if (!node) break;
    node = unwrap(node);
    if (node instanceof z.ZodObject) node = node.shape[String(part)] as z.ZodType | undefined;
    else if (node instanceof z.ZodArray) node = typeof part === 'number' ? (node.element as z.ZodType) : undefined;
    else break;
    found = node?.description ?? found;
  }
  return found;
}

function unwrap(node: z.ZodType): z.ZodType {
  let n = node;
  while (n instanceof z.ZodOptional || n instanceof z.ZodNullable || n instanceof z.ZodDefault) n = n.unwrap() as z.ZodType;
  return n;
}

/** zod's issues as data: each names the field (path and Chinese label) and says what is wrong. */
export function fieldErrors(error: z.ZodError, input: z.ZodObject, labelOf?: (path: (string | number)[]) => string): FieldError[] {
  return error.issues.map((i) => {
    const path = i.path.filter((p): p is string | number => typeof p !== 'symbol');
    const field = path.join('.');
    const label = labelOf ? labelOf(path) : shortLabel(describedAt(input, path), field);
    return { field, label, message: i.message };
  });
}

/**
 * A tool whose input is checked here, not by LangChain: arguments that fail come back to the
 * model as data (`{error, errors:[{field, label, message}]}`, in Chinese) instead of LangChain's
 * English exception, and the schema on the wire is `wireSchema(input)`. Keys the schema does not
 * have are dropped and named (`ignored`), so a model that sends an old shape hears about it.
 */
class CheckedTool<S extends z.ZodObject, O extends z.ZodType> extends StructuredTool {
  override name: string;
  override description: string;
  override schema: Record<string, unknown>;
  readonly input: S;
  readonly output: O;
  private readonly spec: ToolSpec<S, O>;

  constructor(spec: ToolSpec<S, O>) {
    super();
    this.spec = spec;
    this.name = spec.name;
    this.description = spec.description;
    this.input = spec.input;
    this.output = spec.output;
    this.schema = wireSchema(spec.input);
  }

  override async call(arg: unknown, configArg?: any): Promise<any> {
    const raw = withoutNulls(typeof arg === 'string' ? safeJson(arg) : arg);
    const args = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
    const ignored = Object.keys(args).filter((k) => !(k in this.input.shape));
    let parsed = this.input.safeParse(args);
    let errors: FieldError[] = [];
    if (!parsed.success) {
      errors = fieldErrors(parsed.error, this.input, this.spec.labelOf);
      const bad = new Set(parsed.error.issues.map((i) => String(i.path[0] ?? '')));
      if (this.spec.partial && !bad.has('')) parsed = this.input.safeParse(Object.fromEntries(Object.entries(args).filter(([k]) => !bad.has(k))));
      if (!parsed.success) return this.reply(result({ error: refusal(errors), errors } satisfies ToolRefusal), configArg);
    }
    this.notes.set(parsed.data, { errors, ignored });
    return super.call(parsed.data, configArg);
  }

  private readonly notes = new WeakMap<object, { errors: FieldError[]; ignored: string[] }>();

  protected override async _call(input: z.output<S>, _run?: CallbackManagerForToolRun, config?: RunnableConfig): Promise<string> {
    return result(await this.spec.run(input, config, this.notes.get(input as object) ?? { errors: [], ignored: [] }));
  }

  /** A call made with its tool call (ToolNode style) is answered with a ToolMessage, as LangChain does. */
  private reply(content: string, config: any) {
    const id = config?.toolCall?.id;
    return id ? new ToolMessage({ content, tool_call_id: id, name: this.name }) : content;
  }
}

const refusal = (errors: FieldError[]) => `参数有误，未执行：${errors.map((e) => `${e.label}${e.message}`).join('；')}。请改正后重新调用。`;

/**
 * `null` for a field left out, as many open models send it (`"benefitCodes": null`): the field is
 * absent. The schema on the wire stays without `null`; this is only how a call is read.
 */
function withoutNulls(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(withoutNulls);
  if (!x || typeof x !== 'object') return x;
  return Object.fromEntries(Object.entries(x).filter(([, v]) => v !== null).map(([k, v]) => [k, withoutNulls(v)]));
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** A tool of the agent: `input` checks the model's arguments, `output` says what comes back. */
export type DefinedTool<S extends z.ZodObject = z.ZodObject, O extends z.ZodType = z.ZodType> = StructuredToolInterface & { input: S; output: O };

export function defineTool<S extends z.ZodObject, O extends z.ZodType>(spec: ToolSpec<S, O>): DefinedTool<S, O> {
  return new CheckedTool(spec) as unknown as DefinedTool<S, O>;
}
