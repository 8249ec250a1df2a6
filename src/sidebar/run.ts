import type { endpoints } from '../registry/endpoints';
import type * as server from '../server/index';

/**
 * google.script.run as promises, typed by the server functions themselves: renaming or retyping an
 * endpoint breaks this build, not the user's sidebar.
 */
export type EndpointName = (typeof endpoints)[number]['name'];
type Endpoints = Pick<typeof server, EndpointName>;

export function run<K extends EndpointName>(
  name: K,
  ...args: Parameters<Endpoints[K]>
): Promise<ReturnType<Endpoints[K]>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler(resolve)
      .withFailureHandler(reject) as unknown as Record<K, (...values: Parameters<Endpoints[K]>) => void>;
    runner[name](...args);
  });
}
