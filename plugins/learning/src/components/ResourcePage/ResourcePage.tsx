import {
  Content,
  Header,
  InfoCard,
  Link,
  LinkButton,
  MarkdownContent,
  Page,
  Progress,
} from '@backstage/core-components';
import {
  useApi,
  useRouteRef,
  useRouteRefParams,
} from '@backstage/core-plugin-api';
import { EntityRefLink, EntityRefLinks } from '@backstage/plugin-catalog-react';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  LEARNING_LINK_RELATIONS,
  LearningLinkRelation,
  LearningResource,
  learningResourceDeletePermission,
  learningResourceLinkPermission,
  learningResourceUpdatePermission,
} from '@tech-learning/backstage-plugin-learning-common';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogContentText from '@material-ui/core/DialogContentText';
import DialogTitle from '@material-ui/core/DialogTitle';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { LinkEntityForm } from './LinkEntityForm';
import { PendingLinks } from './PendingLinks';
import IconButton from '@material-ui/core/IconButton';
import LinkOffIcon from '@material-ui/icons/LinkOff';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Chip from '@material-ui/core/Chip';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import Alert from '@material-ui/lab/Alert';
import { ReactNode, useCallback, useState } from 'react';
import { useReloadableAsync } from '../../hooks/useReloadableAsync';
import { learningApiRef } from '../../api';
import {
  editResourceRouteRef,
  resourceRouteRef,
  rootRouteRef,
} from '../../routes';
import { DocsList } from '../lists/DocsList';
import { FreshnessChip, freshnessReasons } from '../format/FreshnessChip';
import { MarkReviewedButton } from './MarkReviewedButton';
import { ResourceChips } from '../format/ResourceChips';
import {
  formatDate,
  providerLabel,
  RELATION_TITLES,
  SCHEDULED_FORMATS,
} from '../format/format';
import { CohortsCard } from '../Cohorts';
import { Discussion, FaqCard } from '../Discussion';
import { FeedbackCard } from './FeedbackCard';
import { LearnerCard } from './LearnerCard';
import { PathStepsCard } from './PathStepsCard';
import { RelatedCard } from './RelatedCard';
import { SessionsCard } from './SessionsCard';
import { useMyEnrolment } from '../../hooks/useMyEnrolment';
import { LoadFailure } from '../format/LoadFailure';

const useStyles = makeStyles(theme => ({
  term: { color: theme.palette.text.secondary, minWidth: 120 },
  row: {
    display: 'flex',
    gap: theme.spacing(1),
    marginBottom: theme.spacing(1),
  },
  list: { margin: 0, paddingLeft: theme.spacing(2.5) },
}));

function Term(props: { term: string; children: ReactNode }) {
  const classes = useStyles();
  return (
    <div className={classes.row}>
      <Typography variant="body2" className={classes.term} component="span">
        {props.term}
      </Typography>
      <Typography variant="body2" component="span">
        {props.children}
      </Typography>
    </div>
  );
}

/** Deletes the resource after the user confirmed it, then goes to /learning. */
function DeleteButton(props: { resource: LearningResource }) {
  const learningApi = useApi(learningApiRef);
  const learningRoute = useRouteRef(rootRouteRef);
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [error, setError] = useState<Error>();
  const confirm = async () => {
    setDeleting(true);
    setError(undefined);
    try {
      await learningApi.deleteResource(props.resource.id);
      navigate(learningRoute());
    } catch (e) {
      setError(e as Error);
      setDeleting(false);
    }
  };
  return (
    <>
      <Button color="secondary" onClick={() => setOpen(true)}>
        Delete
      </Button>
      <Dialog
        open={open}
        onClose={() => !deleting && setOpen(false)}
        aria-labelledby="learning-delete-title"
      >
        <DialogTitle id="learning-delete-title">
          Delete {props.resource.title}?
        </DialogTitle>
        <DialogContent>
          <DialogContentText>
            Its links, sessions, enrolments and feedback go with it. This cannot
            be undone.
          </DialogContentText>
          {error && (
            <Alert severity="error" role="alert">
              {error.message}
            </Alert>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)} disabled={deleting}>
            Cancel
          </Button>
          <Button color="secondary" onClick={confirm} disabled={deleting}>
            {deleting ? 'Deleting…' : 'Delete'}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}

/** Owner, experts, review state and where it comes from. */
function DetailsCard(props: {
  resource: LearningResource;
  onChange: (resource: LearningResource) => void;
}) {
  const classes = useStyles();
  const { resource } = props;
  const editRoute = useRouteRef(editResourceRouteRef);
  const update = usePermission({
    permission: learningResourceUpdatePermission,
    resourceRef: resource.id,
  });
  const remove = usePermission({
    permission: learningResourceDeletePermission,
    resourceRef: resource.id,
  });
  const fromProvider = resource.source.type === 'provider';
  const reasons = freshnessReasons(resource.freshness);

  return (
    <InfoCard title="About">
      <Term term="Owner">
        <EntityRefLink entityRef={resource.owner} defaultKind="group" />
      </Term>
      <Term term="Experts">
        {resource.smes.length ? (
          <EntityRefLinks entityRefs={resource.smes} defaultKind="user" />
        ) : (
          'None named'
        )}
      </Term>
      <Term term="Language">{resource.language}</Term>
      {resource.tags.length > 0 && (
        <Term term="Tags">
          {resource.tags.map(tag => (
            <Chip key={tag} label={tag} size="small" variant="outlined" />
          ))}
        </Term>
      )}
      <Term term="Freshness">
        <FreshnessChip freshness={resource.freshness} />
        {reasons.length > 0 && (
          <ul className={classes.list} aria-label="Why">
            {reasons.map(reason => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        )}
      </Term>
      <Term term="Last reviewed">
        {resource.reviewedAt ? formatDate(resource.reviewedAt) : 'Never'}
        {resource.reviewedBy && (
          <>
            {' by '}
            <EntityRefLink entityRef={resource.reviewedBy} defaultKind="user" />
          </>
        )}
        {resource.reviewIntervalDays
          ? `, every ${resource.reviewIntervalDays} days`
          : ''}
        {resource.freshness.reviewDueAt &&
          `; next review ${formatDate(resource.freshness.reviewDueAt)}`}
      </Term>
      <Term term="Source">
        {fromProvider ? (
          <>
            {providerLabel(resource.source.provider)}
            {resource.source.location && (
              <>
                {' '}
                (<Link to={resource.source.location}>edit at its source</Link>)
              </>
            )}
          </>
        ) : (
          'Written here'
        )}
      </Term>
      {fromProvider && (
        <Alert severity="info">
          This material is defined at its source and is read-only here.
        </Alert>
      )}
      <Box mt={2} display="flex" flexWrap="wrap" style={{ gap: 8 }}>
        <MarkReviewedButton resource={resource} onReviewed={props.onChange} />
        {!fromProvider && update.allowed && (
          <LinkButton variant="outlined" to={editRoute({ id: resource.id })}>
            Edit
          </LinkButton>
        )}
        {!fromProvider && remove.allowed && (
          <DeleteButton resource={resource} />
        )}
      </Box>
    </InfoCard>
  );
}

/**
 * The entities a resource is linked to, by relation, and its docs. Its
 * owners and SMEs link and unlink entities here.
 */
function LinksCard(props: {
  resource: LearningResource;
  onChange: (resource: LearningResource) => void;
}) {
  const classes = useStyles();
  const { resource, onChange } = props;
  const learningApi = useApi(learningApiRef);
  const link = usePermission({
    permission: learningResourceLinkPermission,
    resourceRef: resource.id,
  });
  const canLink = link.allowed && resource.source.type !== 'provider';
  const [error, setError] = useState<Error>();
  const [pendingVersion, setPendingVersion] = useState(0);

  const unlink = async (entityRef: string, relation: LearningLinkRelation) => {
    setError(undefined);
    try {
      await learningApi.removeLink(resource.id, entityRef, relation);
      onChange({
        ...resource,
        links: resource.links.filter(
          l => l.entityRef !== entityRef || l.relation !== relation,
        ),
      });
    } catch (e) {
      setError(e as Error);
    }
  };

  return (
    <InfoCard title="In the catalog">
      {resource.links.length === 0 && resource.docs.length === 0 && (
        <Typography variant="body2" color="textSecondary">
          Not linked to any entity yet.
        </Typography>
      )}
      {LEARNING_LINK_RELATIONS.map(relation => {
        const refs = resource.links
          .filter(l => l.relation === relation)
          .map(l => l.entityRef);
        if (!refs.length) {
          return null;
        }
        return (
          <Term key={relation} term={RELATION_TITLES[relation]}>
            {canLink ? (
              <ul className={classes.list}>
                {refs.map(ref => (
                  <li key={ref}>
                    <EntityRefLink entityRef={ref} />
                    <IconButton
                      size="small"
                      aria-label={`Unlink ${ref}`}
                      onClick={() => unlink(ref, relation)}
                    >
                      <LinkOffIcon fontSize="small" />
                    </IconButton>
                  </li>
                ))}
              </ul>
            ) : (
              <EntityRefLinks entityRefs={refs} />
            )}
          </Term>
        );
      })}
      {resource.docs.length > 0 && (
        <>
          <Typography variant="subtitle2" component="h3">
            Docs
          </Typography>
          <DocsList docs={resource.docs} />
        </>
      )}
      {error && (
        <Alert severity="error" role="alert">
          {error.message}
        </Alert>
      )}
      <PendingLinks resourceId={resource.id} version={pendingVersion} />
      {canLink && (
        <LinkEntityForm
          resourceId={resource.id}
          onLinked={onChange}
          onSuggested={() => setPendingVersion(v => v + 1)}
        />
      )}
    </InfoCard>
  );
}

function ResourceView(props: {
  resource: LearningResource;
  onChange: (resource: LearningResource) => void;
}) {
  const { resource } = props;
  const mine = useMyEnrolment(resource.id);
  const [feedbackVersion, setFeedbackVersion] = useState(0);
  const [faqVersion, setFaqVersion] = useState(0);
  const faqChanged = useCallback(() => setFaqVersion(v => v + 1), []);
  const [searchParams, setSearchParams] = useSearchParams();
  const stepId = searchParams.get('step') ?? undefined;
  return (
    <Grid container spacing={3}>
      <Grid item xs={12} md={8}>
        <Grid container spacing={3} direction="column">
          <Grid item>
            <InfoCard title="What you will learn">
              <Typography variant="body1" paragraph>
                {resource.summary}
              </Typography>
              <ResourceChips resource={resource} />
              {resource.description && (
                <Box mt={2}>
                  <MarkdownContent content={resource.description} />
                </Box>
              )}
              {resource.urls.length > 0 && (
                <Box mt={2} display="flex" style={{ gap: 8 }} flexWrap="wrap">
                  {resource.urls.map(url => (
                    <LinkButton
                      key={url.url}
                      variant="outlined"
                      color="primary"
                      to={url.url}
                    >
                      {url.title ?? 'Open'}
                    </LinkButton>
                  ))}
                </Box>
              )}
            </InfoCard>
          </Grid>
          {resource.kind === 'path' && (
            <Grid item>
              <PathStepsCard
                steps={resource.steps}
                discussed={stepId}
                onDiscuss={id =>
                  setSearchParams(id ? { step: id } : {}, { replace: true })
                }
              />
            </Grid>
          )}
          {SCHEDULED_FORMATS.includes(resource.format) && (
            <Grid item>
              <SessionsCard
                resourceId={resource.id}
                mine={mine}
                readOnly={resource.source.type === 'provider'}
              />
            </Grid>
          )}
          {stepId && resource.steps.includes(stepId) && (
            <Grid item>
              <Discussion
                key={stepId}
                place={{ pathId: resource.id, stepId }}
                title={`Questions on step ${
                  resource.steps.indexOf(stepId) + 1
                }`}
                onFaqChange={faqChanged}
              />
            </Grid>
          )}
          <Grid item>
            <FaqCard resourceId={resource.id} version={faqVersion} />
          </Grid>
          <Grid item>
            <Discussion
              place={{ resourceId: resource.id }}
              onFaqChange={faqChanged}
            />
          </Grid>
          <Grid item>
            <FeedbackCard resourceId={resource.id} version={feedbackVersion} />
          </Grid>
        </Grid>
      </Grid>
      <Grid item xs={12} md={4}>
        <Grid container spacing={3} direction="column">
          <Grid item>
            <LearnerCard
              resourceId={resource.id}
              mine={mine}
              onRated={() => setFeedbackVersion(v => v + 1)}
            />
          </Grid>
          <Grid item>
            <CohortsCard resource={resource} />
          </Grid>
          <Grid item>
            <DetailsCard resource={resource} onChange={props.onChange} />
          </Grid>
          <Grid item>
            <LinksCard resource={resource} onChange={props.onChange} />
          </Grid>
          <Grid item>
            <RelatedCard resourceId={resource.id} />
          </Grid>
        </Grid>
      </Grid>
    </Grid>
  );
}

/**
 * The page of one course, toolkit or path: what it teaches, its sessions,
 * steps and feedback, and the viewer's own learning.
 */
export function ResourcePage() {
  const { id } = useRouteRefParams(resourceRouteRef);
  const learningRoute = useRouteRef(rootRouteRef);
  const learningApi = useApi(learningApiRef);
  const [changed, setChanged] = useState<LearningResource>();
  const state = useReloadableAsync(async () => {
    setChanged(undefined);
    return learningApi.getResource(id);
  }, [learningApi, id]);
  const resource = changed ?? state.value;

  const body = () => {
    if (state.loading && !resource) {
      return <Progress />;
    }
    if (state.error) {
      return (
        <LoadFailure
          error={state.error}
          title="No such learning material"
          description="It may have been deleted, or you may not see it."
        />
      );
    }
    return resource ? (
      <ResourceView resource={resource} onChange={setChanged} />
    ) : null;
  };

  return (
    <Page themeId="tool">
      <Header
        title={resource?.title ?? 'Learning'}
        subtitle={resource?.summary}
        type="Learning"
        typeLink={learningRoute()}
      />
      <Content>{body()}</Content>
    </Page>
  );
}
