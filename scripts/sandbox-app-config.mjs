// The app's runtime configuration (/config.json) for a sandbox at `sandboxUrl`, as the journeys' and the
// benches' servers serve it (public/config.json is the same for the sandbox on its default port).

/**
 * @param {string} sandboxUrl
 * @returns {{ environment: 'sandbox', authBaseUrl: string, sspBaseUrl: string, clientId: string }}
 */
export function sandboxAppConfig(sandboxUrl) {
  return {
    environment: 'sandbox',
    authBaseUrl: `${sandboxUrl}/auth`,
    sspBaseUrl: `${sandboxUrl}/ssp`,
    clientId: 'ringplan-portal',
  };
}
