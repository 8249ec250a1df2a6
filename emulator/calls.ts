// Every emulated object reaches scripts through a Proxy that counts each method call, so a test
// can assert that the number of service calls does not grow with the data, and a benchmark can
// price calls with a cost model. The emulator's own code works on the raw objects and is not counted.

/** Milliseconds one call costs: a flat default plus per-method overrides ("Range.setValue": 40). */
export interface CostModel {
  readonly defaultMs?: number;
  readonly byMethod?: Readonly<Record<string, number>>;
}

/**
 * Classes whose methods only configure an object in the script's memory until build(): a chart or a
 * conditional-format rule is sent to the document by insertChart / setConditionalFormatRules, which
 * are counted as document calls. The bench and the call-bound tests report both totals.
 */
export const BUILDER_KINDS: readonly string[] = ['EmbeddedChartBuilder', 'ConditionalFormatRuleBuilder'];

/** True for a call name ("Class.method") that configures a builder rather than touching the document. */
function isBuilderCall(name: string): boolean {
  return BUILDER_KINDS.includes(name.slice(0, name.indexOf('.')));
}

export class CallCounter {
  total = 0;
  /** Calls per "Class.method", e.g. "Range.setValues". */
  byMethod: Record<string, number> = {};
  /** Sum of the cost model over the calls counted: simulated service time, never real waiting. */
  simulatedMs = 0;
  /** Every call name in order, when tracing is on (`createEmulator({ traceCalls: true })`). */
  trace: string[] | null = null;
  cost: CostModel = {};
  /** Throws for a call the current authorization mode does not allow (see auth.ts). */
  guard: ((name: string) => void) | null = null;

  count(name: string): void {
    this.guard?.(name);
    this.total++;
    this.byMethod[name] = (this.byMethod[name] ?? 0) + 1;
    this.simulatedMs += this.cost.byMethod?.[name] ?? this.cost.defaultMs ?? 0;
    this.trace?.push(name);
  }

  reset(): void {
    this.total = 0;
    this.byMethod = {};
    this.simulatedMs = 0;
    if (this.trace) this.trace = [];
  }

  /** Calls whose name starts with a prefix, e.g. "Range." or "Sheet.". */
  countOf(prefix: string): number {
    let n = 0;
    for (const [name, count] of Object.entries(this.byMethod)) if (name.startsWith(prefix)) n += count;
    return n;
  }

  /** Calls that configure a builder (see BUILDER_KINDS): every other call reaches the document or a service. */
  builderCalls(): number {
    let n = 0;
    for (const [name, count] of Object.entries(this.byMethod)) if (isBuilderCall(name)) n += count;
    return n;
  }
}

/** Base of every object a script can hold. `kind` names its Apps Script class in call counts. */
export abstract class Emulated {
  abstract get kind(): string;
  constructor(readonly counter: CallCounter) {}
}

const proxyOf = new WeakMap<object, object>();
const targetOf = new WeakMap<object, object>();

/** The raw object behind an exposed proxy (or the value itself). */
export function unwrap<T>(value: T): T {
  if (value !== null && typeof value === 'object') return (targetOf.get(value) as T | undefined) ?? value;
  return value;
}

function unwrapArg(arg: unknown): unknown {
  if (
    Array.isArray(arg) &&
    arg.length > 0 &&
    arg[0] !== null &&
    typeof arg[0] === 'object' &&
    targetOf.has(arg[0])
  )
    return arg.map(unwrap);
  return unwrap(arg);
}

function exposeResult(result: unknown): unknown {
  if (result instanceof Emulated) return expose(result);
  if (Array.isArray(result) && result.length > 0 && result[0] instanceof Emulated)
    return result.map(exposeResult);
  return result;
}

/** The counted face of an emulated object; one proxy per object, so identity is stable. */
export function expose<T extends Emulated>(target: T): T {
  const existing = proxyOf.get(target);
  if (existing) return existing as T;
  const wrappers = new Map<string, (...args: unknown[]) => unknown>();
  const proxy = new Proxy(target, {
    get(obj, prop) {
      const value = Reflect.get(obj, prop, obj) as unknown;
      if (
        typeof value !== 'function' ||
        typeof prop !== 'string' ||
        prop === 'constructor' ||
        prop.startsWith('_')
      )
        return value;
      let wrapper = wrappers.get(prop);
      if (!wrapper) {
        const name = `${obj.kind}.${prop}`;
        const method = value as (...args: unknown[]) => unknown;
        wrapper = (...args: unknown[]) => {
          obj.counter.count(name);
          return exposeResult(method.apply(obj, args.map(unwrapArg)));
        };
        wrappers.set(prop, wrapper);
      }
      return wrapper;
    },
  });
  proxyOf.set(target, proxy);
  targetOf.set(proxy, target);
  return proxy;
}
