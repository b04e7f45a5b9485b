import { createBackendModule } from '@backstage/backend-plugin-api';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError, NotAllowedError } from '@backstage/errors';
import {
  authProvidersExtensionPoint,
  createProxyAuthenticator,
  createProxyAuthProviderFactory,
} from '@backstage/plugin-auth-node';

/** The request header that names the demo user to sign in as. */
export const DEMO_USER_HEADER = 'x-demo-user';

/**
 * The demo's guest sign-in: Backstage's guest provider, except that a
 * request may name another user of the demo catalog in the `x-demo-user`
 * header (`bob-okafor`, or a full ref). The browser tests use it to act as
 * two people in one journey, a host and an applicant. Like the guest
 * provider, it signs in whoever asks, so it only runs in development or
 * with `dangerouslyAllowOutsideDevelopment`; it has no place in a real
 * portal.
 */
const demoGuestAuthenticator = createProxyAuthenticator({
  defaultProfileTransform: async () => ({ profile: {} }),
  initialize({ config }) {
    const allowed =
      process.env.NODE_ENV === 'development' ||
      config.getOptionalBoolean('dangerouslyAllowOutsideDevelopment') === true;
    return { allowed, defaultUser: config.getString('userEntityRef') };
  },
  async authenticate({ req }, { allowed, defaultUser }) {
    if (!allowed) {
      throw new NotAllowedError(
        'The demo guest sign-in is for development only, unless auth.providers.guest.dangerouslyAllowOutsideDevelopment is set',
      );
    }
    const asked = req.header(DEMO_USER_HEADER)?.trim();
    if (!asked) {
      return { result: { userEntityRef: defaultUser } };
    }
    try {
      const ref = parseEntityRef(asked, {
        defaultKind: 'user',
        defaultNamespace: 'default',
      });
      if (ref.kind.toLocaleLowerCase('en-US') !== 'user') {
        throw new InputError('not a user');
      }
      return { result: { userEntityRef: stringifyEntityRef(ref) } };
    } catch {
      throw new InputError(
        `${DEMO_USER_HEADER}: ${asked} is not a user name or user ref`,
      );
    }
  },
});

export default createBackendModule({
  pluginId: 'auth',
  moduleId: 'demo-guest-sign-in',
  register(reg) {
    reg.registerInit({
      deps: { providers: authProvidersExtensionPoint },
      async init({ providers }) {
        providers.registerProvider({
          providerId: 'guest',
          factory: createProxyAuthProviderFactory({
            authenticator: demoGuestAuthenticator,
            // only users of the catalog: an unknown name cannot sign in
            signInResolver: async ({ result }, ctx) =>
              ctx.signInWithCatalogUser({ entityRef: result.userEntityRef }),
          }),
        });
      },
    });
  },
});
