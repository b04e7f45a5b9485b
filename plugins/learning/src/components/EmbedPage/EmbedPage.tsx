import {
  Content,
  Header,
  InfoCard,
  Link,
  LinkButton,
  MarkdownContent,
  Page,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import {
  useApi,
  useRouteRef,
  useRouteRefParams,
} from '@backstage/core-plugin-api';
import { EntityRefLink, EntityRefLinks } from '@backstage/plugin-catalog-react';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  LearningEmbed,
  LearningEmbedApplication,
  learningEmbedApplyPermission,
  learningEmbedDecidePermission,
  learningEmbedUpdatePermission,
} from '@tech-learning/backstage-plugin-learning-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Chip from '@material-ui/core/Chip';
import Grid from '@material-ui/core/Grid';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import EditIcon from '@material-ui/icons/Edit';
import Alert from '@material-ui/lab/Alert';
import { useState } from 'react';
import { useReloadableAsync } from '../../hooks/useReloadableAsync';
import { learningApiRef } from '../../api';
import { editEmbedRouteRef, embedRouteRef, rootRouteRef } from '../../routes';
import { capitalize, formatDate } from '../format/format';
import { useAction } from '../../hooks/useAction';
import { seatsOf, whenOf } from '../format/embedFormat';

/** The signed-in user's application: apply, or see where it stands. */
function ApplicationCard(props: {
  embed: LearningEmbed;
  application?: LearningEmbedApplication;
  mayApply: boolean;
  onChange(): void;
}) {
  const { embed, application, mayApply, onChange } = props;
  const learningApi = useApi(learningApiRef);
  const [message, setMessage] = useState('');
  const action = useAction();

  const content = () => {
    if (application && application.state !== 'withdrawn') {
      return (
        <>
          <Typography variant="body2" paragraph>
            You applied on {formatDate(application.createdAt)}: your application
            is <strong>{application.state}</strong>.
          </Typography>
          {application.state !== 'declined' && (
            <Button
              variant="outlined"
              disabled={action.busy}
              onClick={() =>
                action.run(async () => {
                  await learningApi.withdrawApplication(embed.id);
                  onChange();
                })
              }
            >
              Withdraw my application
            </Button>
          )}
        </>
      );
    }
    if (embed.status !== 'open') {
      return (
        <Typography variant="body2" color="textSecondary">
          This embed is {embed.status}: it takes no applications now.
        </Typography>
      );
    }
    if (!mayApply) {
      return (
        <Typography variant="body2" color="textSecondary">
          You may not apply to this embed.
        </Typography>
      );
    }
    return (
      <form
        onSubmit={event => {
          event.preventDefault();
          action.run(async () => {
            await learningApi.applyToEmbed(embed.id, message.trim());
            setMessage('');
            onChange();
          });
        }}
      >
        <TextField
          id="learning-embed-message"
          label="Why you, in a few words (optional)"
          value={message}
          onChange={e => setMessage(e.target.value)}
          multiline
          minRows={2}
          fullWidth
          inputProps={{ maxLength: 2000 }}
        />
        <Box mt={1}>
          <Button
            type="submit"
            color="primary"
            variant="contained"
            disabled={action.busy}
          >
            Apply
          </Button>
        </Box>
      </form>
    );
  };

  return (
    <InfoCard title="Your application">
      {content()}
      {action.error && (
        <Box mt={1}>
          <Alert severity="error">{action.error}</Alert>
        </Box>
      )}
    </InfoCard>
  );
}

/** For the hosts: the applications, to accept or decline, and closing. */
function HostCard(props: {
  embed: LearningEmbed;
  /** Changes with every change on the page, applications included. */
  version: number;
  /** Whether the user may change (and so close) the embed. */
  mayUpdate: boolean;
  onChange(): void;
}) {
  const { embed, version, mayUpdate, onChange } = props;
  const learningApi = useApi(learningApiRef);
  const applications = useReloadableAsync(
    () => learningApi.listEmbedApplications(embed.id),
    [learningApi, embed.id, version],
  );
  const action = useAction();
  const decide = (id: string, decision: 'accepted' | 'declined') =>
    action.run(async () => {
      await learningApi.decideApplication(embed.id, id, decision);
      onChange();
    });

  const list = () => {
    if (applications.loading) {
      return <Progress />;
    }
    if (applications.error) {
      return <Alert severity="error">{applications.error.message}</Alert>;
    }
    const items = applications.value?.items ?? [];
    if (items.length === 0) {
      return (
        <Typography variant="body2" color="textSecondary">
          Nobody has applied yet.
        </Typography>
      );
    }
    return (
      <List dense aria-label="Applications">
        {items.map(a => (
          <ListItem
            key={a.id}
            disableGutters
            divider
            alignItems="flex-start"
            style={{ gap: 8 }}
          >
            <ListItemText
              // long messages wrap beside the buttons
              style={{ minWidth: 0, overflowWrap: 'anywhere' }}
              primary={
                <>
                  <EntityRefLink
                    entityRef={a.applicantRef}
                    defaultKind="user"
                  />{' '}
                  <Chip size="small" label={capitalize(a.state)} />
                </>
              }
              secondary={a.message}
            />
            {embed.status !== 'closed' &&
              (a.state === 'pending' || a.state === 'accepted') && (
                <Box display="flex" flexShrink={0} style={{ gap: 8 }} mt={1}>
                  {a.state === 'pending' && (
                    <Button
                      size="small"
                      color="primary"
                      variant="contained"
                      disabled={action.busy || embed.status === 'filled'}
                      onClick={() => decide(a.id, 'accepted')}
                      aria-label={`Accept ${a.applicantRef}`}
                    >
                      Accept
                    </Button>
                  )}
                  <Button
                    size="small"
                    variant="outlined"
                    disabled={action.busy}
                    onClick={() => decide(a.id, 'declined')}
                    aria-label={`Decline ${a.applicantRef}`}
                  >
                    Decline
                  </Button>
                </Box>
              )}
          </ListItem>
        ))}
      </List>
    );
  };

  return (
    <InfoCard title="Applications" subheader="Only the hosts see these">
      {list()}
      {action.error && (
        <Box mt={1}>
          <Alert severity="error">{action.error}</Alert>
        </Box>
      )}
      {mayUpdate && embed.status !== 'closed' && (
        <Box mt={2}>
          <Button
            variant="outlined"
            disabled={action.busy}
            onClick={() =>
              action.run(async () => {
                await learningApi.closeEmbed(embed.id);
                onChange();
              })
            }
          >
            Close this embed
          </Button>
        </Box>
      )}
    </InfoCard>
  );
}

/**
 * The page of an embed: what it is, who hosts it, the entities it works
 * on, seats left; applying and withdrawing; and, for the hosts, the
 * applications to decide.
 *
 * @public
 */
export function EmbedPage() {
  const { id } = useRouteRefParams(embedRouteRef);
  const learningApi = useApi(learningApiRef);
  const rootRoute = useRouteRef(rootRouteRef);
  const state = useReloadableAsync(async () => {
    const [embed, application] = await Promise.all([
      learningApi.getEmbed(id),
      learningApi.getMyApplication(id),
    ]);
    return { embed, application };
  }, [learningApi, id]);
  const editEmbedRoute = useRouteRef(editEmbedRouteRef);
  const decide = usePermission({
    permission: learningEmbedDecidePermission,
    resourceRef: id,
  });
  const update = usePermission({
    permission: learningEmbedUpdatePermission,
    resourceRef: id,
  });
  const apply = usePermission({
    permission: learningEmbedApplyPermission,
    resourceRef: id,
  });
  // every change reloads the embed, and the hosts' list of applications
  const [version, setVersion] = useState(0);
  const changed = () => {
    setVersion(v => v + 1);
    state.retry();
  };

  const body = () => {
    if (state.loading && !state.value) {
      return <Progress />;
    }
    if (state.error) {
      return <ResponseErrorPanel error={state.error} />;
    }
    const { embed, application } = state.value!;
    return (
      <Grid container spacing={3}>
        <Grid item xs={12} md={7}>
          <InfoCard title="About this embed">
            <Typography variant="body2" paragraph>
              {whenOf(embed)} · {seatsOf(embed)}
              {embed.remote ? ' · remote possible' : ''}
              {embed.location ? ` · ${embed.location}` : ''}
            </Typography>
            {embed.description && (
              <MarkdownContent content={embed.description} />
            )}
            {embed.source.type === 'provider' && (
              <Typography variant="body2" color="textSecondary" paragraph>
                Defined{' '}
                {embed.source.location ? (
                  <Link to={embed.source.location}>at its source</Link>
                ) : (
                  `by ${embed.source.provider}`
                )}
                ; it changes there.
              </Typography>
            )}
            <Typography variant="subtitle2" component="h3">
              Hosted by
            </Typography>
            <Typography variant="body2" paragraph>
              <EntityRefLink entityRef={embed.host} defaultKind="group" />
              {embed.contact ? ` · ${embed.contact}` : ''}
            </Typography>
            {embed.links.length > 0 && (
              <>
                <Typography variant="subtitle2" component="h3">
                  Works on
                </Typography>
                <Typography variant="body2" paragraph>
                  <EntityRefLinks
                    entityRefs={embed.links.map(l => l.entityRef)}
                  />
                </Typography>
              </>
            )}
            {[
              ['Skills wanted', embed.skillsWanted],
              ['Skills you learn', embed.skillsTaught],
            ].map(([title, skills]) =>
              (skills as string[]).length > 0 ? (
                <Box key={title as string} mb={1}>
                  <Typography variant="subtitle2" component="h3">
                    {title}
                  </Typography>
                  {(skills as string[]).map(skill => (
                    <Chip
                      key={skill}
                      label={skill}
                      size="small"
                      variant="outlined"
                    />
                  ))}
                </Box>
              ) : null,
            )}
          </InfoCard>
        </Grid>
        <Grid item xs={12} md={5}>
          {/* its hosts do not apply to their own embed */}
          {(apply.allowed || application || !decide.allowed) && (
            <Box mb={3}>
              <ApplicationCard
                embed={embed}
                application={application}
                mayApply={apply.allowed}
                onChange={changed}
              />
            </Box>
          )}
          {decide.allowed && (
            <Box>
              <HostCard
                embed={embed}
                version={version}
                mayUpdate={update.allowed}
                onChange={changed}
              />
            </Box>
          )}
        </Grid>
      </Grid>
    );
  };

  return (
    <Page themeId="tool">
      <Header
        title={state.value?.embed.title ?? 'Embed'}
        subtitle={state.value?.embed.summary}
        type="Embed"
        typeLink={rootRoute()}
      >
        {update.allowed &&
          state.value &&
          state.value.embed.status !== 'closed' &&
          state.value.embed.source.type === 'api' && (
            <LinkButton
              to={editEmbedRoute({ id })}
              variant="contained"
              color="primary"
              startIcon={<EditIcon />}
            >
              Change
            </LinkButton>
          )}
      </Header>
      <Content>{body()}</Content>
    </Page>
  );
}
