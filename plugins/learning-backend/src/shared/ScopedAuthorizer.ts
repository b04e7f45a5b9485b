import {
  BackstageCredentials,
  PermissionsRegistryService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError, NotFoundError } from '@backstage/errors';
import {
  AuthorizeResult,
  BasicPermission,
  PermissionCriteria,
  ResourcePermission,
} from '@backstage/plugin-permission-common';
import {
  createConditionAuthorizer,
  createConditionTransformer,
  PermissionResourceRef,
} from '@backstage/plugin-permission-node';

/**
 * What a caller may read: everything, nothing, or what matches; `allows`
 * answers for one loaded item in every case.
 */
export type Scope<TResource, TQuery> = {
  allows(resource: TResource): boolean;
} & (
  | { type: 'all' }
  | { type: 'none' }
  | {
      type: 'conditional';
      criteria: PermissionCriteria<TQuery>;
    }
);

/**
 * Asks the permission framework about one resource type of the plugin.
 * Conditional decisions are evaluated here with the plugin's own rules: in
 * SQL for lists, on the loaded item for single ones.
 */
export class ScopedAuthorizer<TType extends string, TResource, TQuery> {
  private readonly transform;
  private readonly authorizeLoaded;

  constructor(
    protected readonly permissions: PermissionsService,
    permissionsRegistry: PermissionsRegistryService,
    private readonly options: {
      resourceRef: PermissionResourceRef<TResource, TQuery, TType>;
      readPermission: ResourcePermission<TType>;
      /** What the items are called in messages: `the embed`. */
      noun: string;
      idOf(resource: TResource): string;
    },
  ) {
    const ruleset = permissionsRegistry.getPermissionRuleset(
      options.resourceRef,
    );
    this.transform = createConditionTransformer(ruleset);
    this.authorizeLoaded = createConditionAuthorizer(ruleset);
  }

  async readScope(
    credentials: BackstageCredentials,
  ): Promise<Scope<TResource, TQuery>> {
    const [decision] = await this.permissions.authorizeConditional(
      [{ permission: this.options.readPermission }],
      { credentials },
    );
    if (decision.result === AuthorizeResult.ALLOW) {
      return { type: 'all', allows: () => true };
    }
    if (decision.result !== AuthorizeResult.CONDITIONAL) {
      return { type: 'none', allows: () => false };
    }
    return {
      type: 'conditional',
      criteria: this.transform(decision.conditions),
      allows: resource => this.authorizeLoaded(decision, resource),
    };
  }

  /**
   * A list of what the caller may read: `query` gets the criteria of a
   * conditional decision to apply in SQL; nothing is read when nothing
   * may be.
   */
  async listReadable<TPage>(
    credentials: BackstageCredentials,
    query: (permission?: PermissionCriteria<TQuery>) => Promise<TPage>,
    nothing: TPage,
  ): Promise<TPage> {
    const scope = await this.readScope(credentials);
    if (scope.type === 'none') {
      return nothing;
    }
    return query(scope.type === 'conditional' ? scope.criteria : undefined);
  }

  /**
   * The item being loaded, if it exists and the caller may read it; else
   * a NotFoundError, so that nobody learns of what they may not see.
   */
  async getReadable(
    loading: Promise<TResource | undefined>,
    credentials: BackstageCredentials,
    notFound: string,
  ): Promise<TResource> {
    return (await this.getReadableWithScope(loading, credentials, notFound))
      .resource;
  }

  /**
   * As `getReadable`, with the caller's read scope it was decided by, for
   * a request that lists more of what the caller may read: one decision
   * of the permission framework serves both.
   */
  async getReadableWithScope(
    loading: Promise<TResource | undefined>,
    credentials: BackstageCredentials,
    notFound: string,
  ): Promise<{ resource: TResource; scope: Scope<TResource, TQuery> }> {
    const [resource, scope] = await Promise.all([
      loading,
      this.readScope(credentials),
    ]);
    if (!resource || !scope.allows(resource)) {
      throw new NotFoundError(notFound);
    }
    return { resource, scope };
  }

  /** Whether the caller may do `permission` to the loaded item. */
  async isAllowed(
    permission: ResourcePermission<TType>,
    resource: TResource,
    credentials: BackstageCredentials,
  ): Promise<boolean> {
    const [decision] = await this.permissions.authorizeConditional(
      [{ permission }],
      { credentials },
    );
    return this.authorizeLoaded(decision, resource);
  }

  /**
   * The caller's decisions on several permissions, asked at once, each as
   * a test of any number of loaded items.
   */
  async deciders(
    permissions: ResourcePermission<TType>[],
    credentials: BackstageCredentials,
  ): Promise<Array<(resource: TResource) => boolean>> {
    const decisions = await this.permissions.authorizeConditional(
      permissions.map(permission => ({ permission })),
      { credentials },
    );
    return decisions.map(
      decision => (resource: TResource) =>
        this.authorizeLoaded(decision, resource),
    );
  }

  /** Throws a NotAllowedError unless the caller may. */
  async assertAllowed(
    permission: ResourcePermission<TType>,
    resource: TResource,
    credentials: BackstageCredentials,
  ): Promise<void> {
    if (!(await this.isAllowed(permission, resource, credentials))) {
      throw new NotAllowedError(
        `You may not ${permission.name.replace(/^learning\.[a-z]+\./, '')} ${
          this.options.noun
        } ${this.options.idOf(resource)}`,
      );
    }
  }

  /** Whether the caller may do a basic permission. */
  async isAllowedBasic(
    permission: BasicPermission,
    credentials: BackstageCredentials,
  ): Promise<boolean> {
    const [decision] = await this.permissions.authorize([{ permission }], {
      credentials,
    });
    return decision.result === AuthorizeResult.ALLOW;
  }

  /** Throws a NotAllowedError unless the caller may do a basic permission. */
  protected async assertAllowedBasic(
    permission: BasicPermission,
    message: string,
    credentials: BackstageCredentials,
  ): Promise<void> {
    if (!(await this.isAllowedBasic(permission, credentials))) {
      throw new NotAllowedError(message);
    }
  }
}
