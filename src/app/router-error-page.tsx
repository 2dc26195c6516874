// The router's last resort: a route's code failed to load (a new deploy, a dropped connection) or threw
// outside the route boundary. Retry reloads, which fetches the current build.
import { useRouteError } from 'react-router';
import { RouteErrorFallback } from '@/components/route-error-fallback';

export function RouterErrorPage() {
  const error = useRouteError();
  return <RouteErrorFallback error={error} onRetry={() => window.location.reload()} />;
}
