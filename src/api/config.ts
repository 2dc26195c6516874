// The runtime configuration: fetched from /config.json before the app renders, so one build can be
// pointed at the sandbox or at RingPlan's services by editing that file, without rebuilding.
import { z } from 'zod';

const runtimeConfigSchema = z.object({
  environment: z.enum(['sandbox', 'ringplan']),
  authBaseUrl: z.url(),
  sspBaseUrl: z.url(),
  clientId: z.string().min(1),
});

export type RuntimeConfig = z.infer<typeof runtimeConfigSchema>;

let current: RuntimeConfig | undefined;

export async function loadConfig(url = '/config.json'): Promise<RuntimeConfig> {
  const response = await fetch(url, { cache: 'no-store' });
  if (!response.ok) {
    throw new Error(`The app's configuration (${url}) could not be loaded: HTTP ${String(response.status)}.`);
  }
  const parsed = runtimeConfigSchema.safeParse(await response.json());
  if (!parsed.success) {
    throw new Error(`The app's configuration (${url}) is invalid: ${z.prettifyError(parsed.error)}`);
  }
  setConfig(parsed.data);
  return parsed.data;
}

export function setConfig(config: RuntimeConfig): void {
  current = {
    ...config,
    authBaseUrl: config.authBaseUrl.replace(/\/+$/, ''),
    sspBaseUrl: config.sspBaseUrl.replace(/\/+$/, ''),
  };
}

export function getConfig(): RuntimeConfig {
  if (!current) throw new Error('The runtime configuration is used before it was loaded.');
  return current;
}
