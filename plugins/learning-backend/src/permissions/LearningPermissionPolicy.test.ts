import { ConfigReader } from '@backstage/config';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { PolicyQueryUser } from '@backstage/plugin-permission-node';
import {
  learningEmbedApplyPermission,
  learningEmbedCreatePermission,
  learningEmbedDecidePermission,
  learningEmbedReadPermission,
  learningEmbedUpdatePermission,
  LearningEmbed,
} from '@tech-learning/backstage-plugin-learning-common';
import { learningEmbedPermissionRules } from '../embeds';
import { LearningPermissionPolicy } from './LearningPermissionPolicy';

const userOf = (ref: string, groups: string[] = []): PolicyQueryUser =>
  ({
    identity: {
      type: 'user',
      userEntityRef: ref,
      ownershipEntityRefs: [ref, ...groups],
    },
    info: { userEntityRef: ref, ownershipEntityRefs: [ref, ...groups] },
    credentials: {} as PolicyQueryUser['credentials'],
    token: 'token',
  } as PolicyQueryUser);

const policy = LearningPermissionPolicy.fromConfig(
  new ConfigReader({
    learning: { permissions: { admins: ['group:default/admins'] } },
  }),
);

const member = userOf('user:default/alice', ['group:default/payments-team']);

describe('LearningPermissionPolicy on embeds', () => {
  it('lets everyone see embeds, and signed-in users post, and apply to other groups’ embeds', async () => {
    expect(
      await policy.handle({ permission: learningEmbedReadPermission }),
    ).toEqual({ result: AuthorizeResult.ALLOW });
    expect(
      await policy.handle(
        { permission: learningEmbedCreatePermission },
        member,
      ),
    ).toEqual({ result: AuthorizeResult.ALLOW });
    expect(
      await policy.handle({ permission: learningEmbedApplyPermission }, member),
    ).toEqual({
      result: AuthorizeResult.CONDITIONAL,
      pluginId: 'learning',
      resourceType: 'learning-embed',
      conditions: {
        not: {
          rule: 'IS_HOST',
          resourceType: 'learning-embed',
          params: {
            claims: ['user:default/alice', 'group:default/payments-team'],
          },
        },
      },
    });
    for (const permission of [
      learningEmbedCreatePermission,
      learningEmbedApplyPermission,
    ]) {
      expect(await policy.handle({ permission })).toEqual({
        result: AuthorizeResult.DENY,
      });
    }
  });

  it('leaves changing and deciding to the host group’s members', async () => {
    for (const permission of [
      learningEmbedUpdatePermission,
      learningEmbedDecidePermission,
    ]) {
      expect(await policy.handle({ permission }, member)).toEqual({
        result: AuthorizeResult.CONDITIONAL,
        pluginId: 'learning',
        resourceType: 'learning-embed',
        conditions: {
          rule: 'IS_HOST',
          resourceType: 'learning-embed',
          params: {
            claims: ['user:default/alice', 'group:default/payments-team'],
          },
        },
      });
      expect(
        await policy.handle(
          { permission },
          userOf('user:default/root', ['group:default/admins']),
        ),
      ).toEqual({ result: AuthorizeResult.ALLOW });
    }
  });
});

describe('embed permission rules', () => {
  const embed = {
    host: 'group:default/payments-team',
    status: 'open',
  } as LearningEmbed;
  const { isHost, hasStatus } = learningEmbedPermissionRules;

  it('match the host group, in any letter case', () => {
    expect(
      isHost.apply(embed, { claims: ['group:default/Payments-Team'] }),
    ).toBe(true);
    expect(isHost.apply(embed, { claims: ['group:default/other'] })).toBe(
      false,
    );
    expect(isHost.toQuery({ claims: ['group:default/Payments-Team'] })).toEqual(
      { property: 'host', values: ['group:default/payments-team'] },
    );
  });

  it('match a status', () => {
    expect(hasStatus.apply(embed, { statuses: ['open', 'filled'] })).toBe(true);
    expect(hasStatus.apply(embed, { statuses: ['closed'] })).toBe(false);
    expect(hasStatus.toQuery({ statuses: ['closed'] })).toEqual({
      property: 'status',
      values: ['closed'],
    });
  });
});
