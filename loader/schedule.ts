/** When work runs: in a task of its own, after the host page's load in idle time, or when a
 *  widget comes near the viewport. */

/** Resolves in a new task, so work after it does not lengthen the current one. */
export function nextTask(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (s && typeof s.yield === 'function') return s.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(0);
  });
}

/** Runs callbacks in idle time once the host page has loaded (at most 2 s after it). */
export class AfterLoad {
  private loaded = document.readyState === 'complete';
  private queue: (() => void)[] = [];

  constructor() {
    if (!this.loaded) {
      window.addEventListener('load', () => { this.loaded = true; this.flush(); }, { once: true });
    }
  }

  get pageLoaded(): boolean {
    return this.loaded;
  }

  add(fn: () => void): void {
    this.queue.push(fn);
    if (this.loaded) this.flush();
  }

  private flush(): void {
    const later = window.requestIdleCallback ?? ((fn: () => void) => setTimeout(fn, 50));
    later(() => {
      const queue = this.queue;
      this.queue = [];
      queue.forEach((fn) => fn());
    }, { timeout: 2000 });
  }
}

/** Calls back when an element comes within about one screen of the viewport. */
export class Near {
  private observer: IntersectionObserver | null = null;
  private callbacks = new WeakMap<Element, () => void>();

  static supported(): boolean {
    return typeof IntersectionObserver === 'function';
  }

  watch(el: Element, fn: () => void): void {
    this.observer ??= new IntersectionObserver((entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        this.unwatch(entry.target);
        const fn = this.callbacks.get(entry.target);
        this.callbacks.delete(entry.target);
        fn?.();
      }
    }, { rootMargin: '100% 0px' });
    this.callbacks.set(el, fn);
    this.observer.observe(el);
  }

  unwatch(el: Element): void {
    this.observer?.unobserve(el);
  }
}
