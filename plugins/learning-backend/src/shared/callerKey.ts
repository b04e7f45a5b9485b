import {
  BackstageCredentials,
  BackstageServicePrincipal,
  BackstageUserPrincipal,
} from '@backstage/backend-plugin-api';

/** Who is asking, as a cache key: what the catalog shows depends on it. */
export function callerKey(credentials: BackstageCredentials): string {
  const principal = credentials.principal as
    | BackstageUserPrincipal
    | BackstageServicePrincipal
    | { type: string };
  if ('userEntityRef' in principal) {
    return `user:${principal.userEntityRef}`;
  }
  if ('subject' in principal) {
    return `service:${principal.subject}`;
  }
  return principal.type;
}
