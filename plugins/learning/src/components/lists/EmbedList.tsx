import { Link, Progress } from '@backstage/core-components';
import { useApi, useRouteRef } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { LearningEmbed } from '@tech-learning/backstage-plugin-learning-common';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import useAsync from 'react-use/esm/useAsync';
import { learningApiRef, ListEmbedsRequest } from '../../api';
import { embedRouteRef } from '../../routes';
import { seatsOf, whenOf } from '../format/embedFormat';

/** Embeds a list shows at most. */
const LIMIT = 10;

/**
 * Embeds, each linking to its page, with its host (unless on the host's
 * own page), when and seats left; an optional note per embed.
 */
export function EmbedItems(props: {
  /** The list's accessible name. */
  title: string;
  embeds: LearningEmbed[];
  showHost?: boolean;
  noteOf?: (embed: LearningEmbed) => string | undefined;
}) {
  const { title, embeds, showHost = true, noteOf } = props;
  const embedRoute = useRouteRef(embedRouteRef);
  return (
    <List dense disablePadding aria-label={title}>
      {embeds.map(embed => {
        const note = noteOf?.(embed);
        return (
          <ListItem key={embed.id} disableGutters>
            <ListItemText
              primary={
                <Link to={embedRoute({ id: embed.id })}>{embed.title}</Link>
              }
              secondaryTypographyProps={{ component: 'div' }}
              secondary={
                <>
                  {showHost && (
                    <>
                      <EntityRefLink
                        entityRef={embed.host}
                        defaultKind="group"
                      />
                      {' · '}
                    </>
                  )}
                  {whenOf(embed)} · {seatsOf(embed)}
                  {note ? ` · ${note}` : ''}
                </>
              }
            />
          </ListItem>
        );
      })}
    </List>
  );
}

/**
 * The open embeds that match a filter (those of a host group, say), with
 * loading, error and empty states.
 */
export function EmbedList(props: {
  /** Who the list is of, for its accessible name. */
  title: string;
  filter: Pick<ListEmbedsRequest, 'entityRef' | 'host'>;
  empty: string;
  /** Shows the host of each; pointless on the host's own page. */
  showHost?: boolean;
}) {
  const { title, filter, empty, showHost } = props;
  const learningApi = useApi(learningApiRef);
  const state = useAsync(
    async () =>
      learningApi.listEmbeds({
        ...filter,
        status: 'open',
        sort: 'title',
        limit: LIMIT,
      }),
    [learningApi, filter.entityRef, filter.host],
  );

  if (state.loading) {
    return <Progress />;
  }
  if (state.error) {
    return <Alert severity="error">{state.error.message}</Alert>;
  }
  const { items = [], totalCount = 0 } = state.value ?? {};
  if (items.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        {empty}
      </Typography>
    );
  }
  return (
    <>
      <EmbedItems title={title} embeds={items} showHost={showHost} />
      {totalCount > items.length && (
        <Typography variant="body2" color="textSecondary">
          and {totalCount - items.length} more
        </Typography>
      )}
    </>
  );
}
