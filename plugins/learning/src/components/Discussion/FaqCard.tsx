import { InfoCard } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { learningApiRef } from '../../api';
import { useReloadableAsync } from '../../hooks/useReloadableAsync';
import { AsyncContent } from '../format/AsyncContent';
import { PostBody } from './PostBody';

const useStyles = makeStyles(theme => ({
  entry: { marginBottom: theme.spacing(2) },
  answer: {
    paddingLeft: theme.spacing(2),
    borderLeft: `3px solid ${theme.palette.success.main}`,
  },
}));

/**
 * The material's FAQ: the questions whose answer its SMEs or owners
 * accepted, so that an answer given once serves everyone.
 */
export function FaqCard(props: { resourceId: string; version?: number }) {
  const classes = useStyles();
  const learningApi = useApi(learningApiRef);
  const state = useReloadableAsync(
    () => learningApi.getFaq(props.resourceId),
    [learningApi, props.resourceId, props.version],
  );
  return (
    <InfoCard title="FAQ">
      <AsyncContent
        state={state}
        failure="Could not load the FAQ"
        isEmpty={value => value.items.length === 0}
        empty="No accepted answers yet. When an expert accepts an answer below, it shows here."
      >
        {value => (
          <div aria-label="FAQ">
            {value.items.map(({ question, answer }) => (
              <div key={answer.id} className={classes.entry}>
                <Typography variant="subtitle2" component="div">
                  <PostBody body={question.body} mentions={question.mentions} />
                </Typography>
                <div className={classes.answer}>
                  <PostBody body={answer.body} mentions={answer.mentions} />
                  <Typography variant="caption" color="textSecondary">
                    Answered by{' '}
                    <EntityRefLink
                      entityRef={answer.author}
                      defaultKind="user"
                    />
                  </Typography>
                </div>
              </div>
            ))}
          </div>
        )}
      </AsyncContent>
    </InfoCard>
  );
}
