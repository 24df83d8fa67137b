// GET /healthz for a load balancer: 200 {"ok":true} when this instance can reach its store, 503
// {"ok":false} when it cannot (or the probe throws, or takes longer than the timeout).

import { type Route, sendJson } from './routes.js';

/** Whether the instance can reach what it needs; a cheap query on the store. */
export type HealthProbe = () => Promise<boolean>;

/** A probe slower than this counts as failed: a balancer should not wait on a hung database. */
export const PROBE_TIMEOUT_MS = 2_000;

export function healthRoute(probe: HealthProbe, timeoutMs = PROBE_TIMEOUT_MS): Route {
  return {
    path: '/healthz',
    method: 'GET',
    handler(_req, res) {
      void healthy(probe, timeoutMs).then((ok) => sendJson(res, ok ? 200 : 503, { ok }));
    },
  };
}

async function healthy(probe: HealthProbe, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    return await Promise.race([probe().then((ok) => ok === true), late]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
