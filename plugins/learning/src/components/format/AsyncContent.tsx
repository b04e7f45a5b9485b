import { Progress } from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { ReactNode } from 'react';
import { AsyncState } from 'react-use/esm/useAsyncFn';

/**
 * The states of something a card reads once: progress while it loads,
 * what could not be done and why when it fails, a sentence when there is
 * nothing, else the content.
 */
export function AsyncContent<T>(props: {
  state: Pick<AsyncState<T>, 'loading' | 'error'> & { value?: T };
  /** What failed, as "Could not ..." */
  failure: string;
  isEmpty: (value: T) => boolean;
  empty: ReactNode;
  children: (value: T) => ReactNode;
}) {
  const { state } = props;
  if (state.loading) {
    return <Progress />;
  }
  if (state.error) {
    return (
      <Alert severity="error">
        {props.failure}: {state.error.message}
      </Alert>
    );
  }
  if (state.value === undefined || props.isEmpty(state.value)) {
    return (
      <Typography variant="body2" color="textSecondary">
        {props.empty}
      </Typography>
    );
  }
  return <>{props.children(state.value)}</>;
}
