// A part main.tsx provides to storage (the kind's summarizer, the store's kind): provided at once, or as a loader
// called on first need, so the home page's read path fetches none of the kind's code.

export interface Provided<T> {
  /** Provides it now (tests provide others in turn: the last one provided is the one used). */
  provide(value: T): void;
  /** Provides a loader instead, called when storage first awaits `ready()`. */
  provideLater(load: () => Promise<T>): void;
  /** The provided value; a call before one is provided is a wiring error, thrown with `missing`. */
  get(): T;
  /** The value once provided, loading it if it was provided for later (a failed load is retried next time). */
  ready(): Promise<T>;
  /** The provided value, or null while none is. */
  current(): T | null;
}

export function provided<T>(missing: string): Provided<T> {
  let value: T | null = null;
  let announce: (v: T) => void = () => undefined;
  const first = new Promise<T>((resolve) => (announce = resolve));
  let later: (() => Promise<T>) | null = null;
  let loading: Promise<T> | null = null;
  // Someone awaited before anything was provided (the database's after-open work, as the app starts).
  let waiting = false;
  const provide = (v: T): void => {
    value = v;
    announce(v);
  };
  const ready = (): Promise<T> => {
    if (value !== null) return first;
    if (later === null) {
      waiting = true;
      return first;
    }
    loading ??= later().then(
      (v) => (provide(v), v),
      (error: unknown) => {
        loading = null;
        throw error;
      },
    );
    return loading;
  };
  return {
    provide,
    provideLater: (load) => {
      later = load;
      // Whoever waits is answered by the loader, not left until some other caller happens to load it.
      if (waiting && value === null) void ready().catch(() => undefined);
    },
    get: () => {
      if (value === null) throw new Error(missing);
      return value;
    },
    ready,
    current: () => value,
  };
}
