import { InfoCard, LinkButton } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  EntityLearningEmbed,
  learningEmbedCreatePermission,
} from '@tech-learning/backstage-plugin-learning-common';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import AddIcon from '@material-ui/icons/Add';
import { newEmbedRouteRef } from '../../routes';
import { EmbedItems } from '../lists/EmbedList';

/**
 * The open embeds that work on an entity or its system, from its summary;
 * those who may post embeds post one linked to the entity from here.
 */
export function EntityEmbedsCard(props: {
  entityRef: string;
  embeds: EntityLearningEmbed[];
}) {
  const { entityRef, embeds } = props;
  const newEmbedRoute = useRouteRef(newEmbedRouteRef);
  const create = usePermission({ permission: learningEmbedCreatePermission });
  const viaSystem = new Set(
    embeds.filter(e => e.via === 'system').map(e => e.embed.id),
  );
  return (
    <InfoCard
      title="Embeds"
      subheader="Join the team that works on this for a few weeks"
    >
      {embeds.length > 0 ? (
        <EmbedItems
          title="Open embeds"
          embeds={embeds.map(e => e.embed)}
          noteOf={embed =>
            viaSystem.has(embed.id) ? 'for its system' : undefined
          }
        />
      ) : (
        <Typography variant="body2" color="textSecondary">
          No open embed works on this entity or its system.
        </Typography>
      )}
      {create.allowed && (
        <Box mt={2}>
          <LinkButton
            to={`${newEmbedRoute()}?${new URLSearchParams({
              entity: entityRef,
            })}`}
            variant="outlined"
            color="primary"
            startIcon={<AddIcon />}
          >
            Post an embed
          </LinkButton>
        </Box>
      )}
    </InfoCard>
  );
}
