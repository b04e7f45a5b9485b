import { Content, Header, Page } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import {
  LEARNING_LINK_RELATIONS,
  LearningLinkRelation,
  normalizeFullEntityRef,
} from '@tech-learning/backstage-plugin-learning-common';
import Alert from '@material-ui/lab/Alert';
import { ReactNode } from 'react';
import { rootRouteRef } from '../../routes';

/** The page around a form of the plugin, under /learning. */
export function FormPage(props: { title: string; children: ReactNode }) {
  const learningRoute = useRouteRef(rootRouteRef);
  return (
    <Page themeId="tool">
      <Header title={props.title} type="Learning" typeLink={learningRoute()} />
      <Content>{props.children}</Content>
    </Page>
  );
}

/** Why the form is not shown to this user. */
export function Refused(props: { children: ReactNode }) {
  return <Alert severity="warning">{props.children}</Alert>;
}

/**
 * The link that `?entity=<ref>&relation=<relation>` presets on a new
 * resource or embed (from an entity's page), if valid.
 */
export function presetLink(
  params: URLSearchParams,
): { entityRef: string; relation: LearningLinkRelation } | undefined {
  const entity = params.get('entity');
  if (!entity) {
    return undefined;
  }
  try {
    const relation = params.get('relation') as LearningLinkRelation | null;
    return {
      entityRef: normalizeFullEntityRef(entity),
      relation:
        relation && LEARNING_LINK_RELATIONS.includes(relation)
          ? relation
          : 'teaches',
    };
  } catch {
    return undefined;
  }
}
