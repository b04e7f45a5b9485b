import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { identityApiRef, useApi } from '@backstage/core-plugin-api';
import {
  LearningPost,
  LearningPostKind,
} from '@tech-learning/backstage-plugin-learning-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Chip from '@material-ui/core/Chip';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import Alert from '@material-ui/lab/Alert';
import { ReactNode, useEffect, useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { learningApiRef, LearningDiscussionPlace } from '../../api';
import { useAction } from '../../hooks/useAction';
import { formatDate } from '../format/format';
import { PostBody } from './PostBody';
import { useDiscussion } from './useDiscussion';

const useStyles = makeStyles(theme => ({
  thread: {
    borderTop: `1px solid ${theme.palette.divider}`,
    paddingTop: theme.spacing(2),
    marginTop: theme.spacing(2),
  },
  post: { marginBottom: theme.spacing(1.5) },
  answer: {
    marginLeft: theme.spacing(3),
    paddingLeft: theme.spacing(2),
    borderLeft: `3px solid ${theme.palette.divider}`,
  },
  accepted: { borderLeftColor: theme.palette.success.main },
  reply: { marginLeft: theme.spacing(6) },
  meta: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: theme.spacing(1),
    color: theme.palette.text.secondary,
  },
  hidden: { opacity: 0.6 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: theme.spacing(0.5) },
}));

let formCount = 0;

/** A form that posts a body; it keeps what was typed when posting fails. */
function PostForm(props: {
  label: string;
  submit: string;
  initial?: string;
  onPost: (body: string) => Promise<unknown>;
  onCancel?: () => void;
}) {
  const [body, setBody] = useState(props.initial ?? '');
  const [id] = useState(() => `learning-post-form-${++formCount}`);
  const classes = useStyles();
  const { busy, error, run } = useAction();
  const post = () =>
    run(async () => {
      await props.onPost(body);
      setBody('');
    });
  return (
    <Box mt={1} mb={1}>
      <TextField
        id={id}
        label={props.label}
        multiline
        minRows={2}
        fullWidth
        variant="outlined"
        value={body}
        onChange={e => setBody(e.target.value)}
        helperText="Markdown; mention an expert with @name"
        inputProps={{ maxLength: 20000 }}
      />
      {error && (
        <Alert severity="error" role="alert">
          {error}
        </Alert>
      )}
      <Box mt={1} className={classes.actions}>
        <Button
          variant="contained"
          color="primary"
          size="small"
          disabled={busy || body.trim().length === 0}
          onClick={post}
        >
          {busy ? 'Posting…' : props.submit}
        </Button>
        {props.onCancel && (
          <Button size="small" onClick={props.onCancel} disabled={busy}>
            Cancel
          </Button>
        )}
      </Box>
    </Box>
  );
}

/** What the viewer may do to posts, and how. */
interface PostActions {
  me?: string;
  mayPost: boolean;
  mayModerate: boolean;
  reply(
    parent: LearningPost,
    kind: LearningPostKind,
    body: string,
  ): Promise<unknown>;
  edit(post: LearningPost, body: string): Promise<unknown>;
  remove(post: LearningPost): Promise<unknown>;
  hide(post: LearningPost, reason: string): Promise<unknown>;
  unhide(post: LearningPost): Promise<unknown>;
  accept(post: LearningPost, accepted: boolean): Promise<unknown>;
}

function PostView(props: {
  post: LearningPost;
  actions: PostActions;
  className?: string;
  children?: ReactNode;
}) {
  const classes = useStyles();
  const { post, actions } = props;
  const [mode, setMode] = useState<'reply' | 'answer' | 'edit' | 'hide'>();
  const { error, run } = useAction();
  const mine = actions.me === post.author && !post.deleted;
  const label = {
    question: 'Question',
    answer: 'Answer',
    reply: 'Reply',
  }[post.kind];
  return (
    <div
      className={`${classes.post} ${props.className ?? ''} ${
        post.hidden ? classes.hidden : ''
      }`}
      aria-label={`${label} by ${post.author}`}
      role="article"
    >
      <div className={classes.meta}>
        <EntityRefLink entityRef={post.author} defaultKind="user" />
        <Typography variant="caption">
          {formatDate(post.createdAt)}
          {post.editedAt ? ' (edited)' : ''}
        </Typography>
        {post.accepted && (
          <Chip size="small" color="primary" label="Accepted answer" />
        )}
        {post.hidden && (
          <Chip
            size="small"
            label={`Hidden by ${post.hidden.by}: ${post.hidden.reason}`}
          />
        )}
      </div>
      {post.deleted ? (
        <Typography variant="body2" color="textSecondary">
          <em>Deleted by its author.</em>
        </Typography>
      ) : (
        <PostBody body={post.body} mentions={post.mentions} />
      )}
      {!post.deleted && (
        <div className={classes.actions}>
          {actions.mayPost && post.kind === 'question' && (
            <Button size="small" onClick={() => setMode('answer')}>
              Answer
            </Button>
          )}
          {actions.mayPost && (
            <Button size="small" onClick={() => setMode('reply')}>
              Reply
            </Button>
          )}
          {actions.mayModerate && post.kind === 'answer' && !post.hidden && (
            <Button
              size="small"
              color="primary"
              onClick={() => run(() => actions.accept(post, !post.accepted))}
            >
              {post.accepted ? 'Unaccept' : 'Accept answer'}
            </Button>
          )}
          {mine && (
            <>
              <Button size="small" onClick={() => setMode('edit')}>
                Edit
              </Button>
              <Button
                size="small"
                onClick={() => run(() => actions.remove(post))}
              >
                Delete
              </Button>
            </>
          )}
          {actions.mayModerate &&
            (post.hidden ? (
              <Button
                size="small"
                onClick={() => run(() => actions.unhide(post))}
              >
                Show again
              </Button>
            ) : (
              <Button size="small" onClick={() => setMode('hide')}>
                Hide
              </Button>
            ))}
        </div>
      )}
      {error && (
        <Alert severity="error" role="alert">
          {error}
        </Alert>
      )}
      {(mode === 'reply' || mode === 'answer') && (
        <PostForm
          label={mode === 'answer' ? 'Your answer' : 'Your reply'}
          submit={mode === 'answer' ? 'Post answer' : 'Post reply'}
          onPost={async body => {
            await actions.reply(post, mode, body);
            setMode(undefined);
          }}
          onCancel={() => setMode(undefined)}
        />
      )}
      {mode === 'edit' && (
        <PostForm
          label="Edit your post"
          submit="Save"
          initial={post.body}
          onPost={async body => {
            await actions.edit(post, body);
            setMode(undefined);
          }}
          onCancel={() => setMode(undefined)}
        />
      )}
      {mode === 'hide' && (
        <PostForm
          label="Why hide it? (kept for the audit)"
          submit="Hide"
          onPost={async reason => {
            await actions.hide(post, reason);
            setMode(undefined);
          }}
          onCancel={() => setMode(undefined)}
        />
      )}
      {props.children}
    </div>
  );
}

/** The posts of one question: the question, its answers, their replies. */
function Thread(props: { posts: LearningPost[]; actions: PostActions }) {
  const classes = useStyles();
  const [question, ...rest] = props.posts;
  const answers = rest.filter(p => p.kind === 'answer');
  const repliesTo = (id: string) =>
    rest.filter(p => p.kind === 'reply' && p.parentId === id);
  const renderReplies = (id: string) =>
    repliesTo(id).map(reply => (
      <PostView
        key={reply.id}
        post={reply}
        actions={props.actions}
        className={classes.reply}
      />
    ));
  return (
    <section className={classes.thread} id={`post-${question.id}`}>
      <PostView post={question} actions={props.actions} />
      {renderReplies(question.id)}
      {answers.map(answer => (
        <div key={answer.id}>
          <PostView
            post={answer}
            actions={props.actions}
            className={`${classes.answer} ${
              answer.accepted ? classes.accepted : ''
            }`}
          />
          {renderReplies(answer.id)}
        </div>
      ))}
    </section>
  );
}

/**
 * Questions and answers on a resource, a step of a path or a cohort: ask,
 * answer, reply, edit and delete one's own posts; the material's SMEs and
 * owners accept answers (which puts them in its FAQ) and hide posts. New
 * posts appear without reloading.
 */
export function Discussion(props: {
  place: LearningDiscussionPlace;
  title?: string;
  /** Said instead of the question form to those who may not post. */
  cannotPost?: string;
  /** Called when something changed the material's FAQ. */
  onFaqChange?: () => void;
}) {
  const learningApi = useApi(learningApiRef);
  const identityApi = useApi(identityApiRef);
  const me = useAsync(
    async () => (await identityApi.getBackstageIdentity()).userEntityRef,
    [identityApi],
  );
  const { page, error, loading, reload, more } = useDiscussion(props.place);
  const after = async <T,>(change: Promise<T>) => {
    const result = await change;
    await reload();
    return result;
  };
  const actions: PostActions = {
    me: me.value,
    mayPost: page?.mayPost ?? false,
    mayModerate: page?.mayModerate ?? false,
    reply: (parent, kind, body) =>
      after(
        learningApi.postToDiscussion(props.place, {
          kind: kind === 'answer' ? 'answer' : 'reply',
          parentId: parent.id,
          body,
        }),
      ),
    edit: (post, body) => after(learningApi.editPost(post.id, body)),
    remove: post => after(learningApi.deletePost(post.id)),
    hide: (post, reason) => after(learningApi.hidePost(post.id, reason)),
    unhide: post => after(learningApi.unhidePost(post.id)),
    accept: (post, accepted) =>
      after(
        accepted
          ? learningApi.acceptAnswer(post.id)
          : learningApi.unacceptAnswer(post.id),
      ),
  };

  // the FAQ changes with the accepted answers, whoever accepted them
  const accepted = (page?.items ?? [])
    .filter(p => p.accepted)
    .map(p => p.id)
    .join(',');
  const { onFaqChange } = props;
  useEffect(() => {
    if (accepted) {
      onFaqChange?.();
    }
  }, [accepted, onFaqChange]);

  const threads: LearningPost[][] = [];
  for (const post of page?.items ?? []) {
    const current = threads[threads.length - 1];
    if (current && current[0].id === post.questionId) {
      current.push(post);
    } else {
      threads.push([post]);
    }
  }

  const content = () => {
    if (loading && !page) {
      return <Progress />;
    }
    if (error && !page) {
      return <ResponseErrorPanel error={error} />;
    }
    return (
      <>
        {error && (
          <Alert severity="warning">
            Could not read the discussion again: {error.message}
          </Alert>
        )}
        {page?.mayPost ? (
          <PostForm
            label="Ask a question"
            submit="Ask"
            onPost={body =>
              after(
                learningApi.postToDiscussion(props.place, {
                  kind: 'question',
                  body,
                }),
              )
            }
          />
        ) : (
          <Typography variant="body2" color="textSecondary">
            {props.cannotPost ?? 'Sign in to ask a question.'}
          </Typography>
        )}
        {threads.length === 0 ? (
          <Box mt={2}>
            <Typography variant="body2" color="textSecondary">
              No questions yet. Ask the first: the experts hear of it.
            </Typography>
          </Box>
        ) : (
          threads.map(posts => (
            <Thread key={posts[0].id} posts={posts} actions={actions} />
          ))
        )}
        {page?.nextCursor && (
          <Box mt={2}>
            <Button onClick={more}>Older questions</Button>
          </Box>
        )}
      </>
    );
  };

  const title = props.title ?? 'Questions and answers';
  return (
    <InfoCard title={title}>
      <div role="region" aria-label={title}>
        {content()}
      </div>
    </InfoCard>
  );
}
