import { useApi } from '@backstage/core-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  LearningResource,
  learningResourceReviewPermission,
} from '@tech-learning/backstage-plugin-learning-common';
import Button from '@material-ui/core/Button';
import Alert from '@material-ui/lab/Alert';
import { learningApiRef } from '../../api';
import { useAction } from '../../hooks/useAction';

/**
 * "Mark reviewed", for those who may review the resource (its owners and
 * SMEs; provider-owned material too): records who and when, and hands the
 * resource as reviewed to `onReviewed`. Nothing for others.
 */
export function MarkReviewedButton(props: {
  resource: LearningResource;
  onReviewed: (resource: LearningResource) => void;
  size?: 'small' | 'medium';
  /** Names the resource, where several buttons share a page. */
  namesResource?: boolean;
}) {
  const { resource, onReviewed } = props;
  const learningApi = useApi(learningApiRef);
  const review = usePermission({
    permission: learningResourceReviewPermission,
    resourceRef: resource.id,
  });
  const { busy, error, run } = useAction();
  if (!review.allowed) {
    return null;
  }
  return (
    <>
      <Button
        variant="outlined"
        size={props.size}
        disabled={busy}
        aria-label={
          props.namesResource ? `Mark ${resource.title} reviewed` : undefined
        }
        onClick={() =>
          run(async () =>
            onReviewed(await learningApi.markReviewed(resource.id)),
          )
        }
      >
        {busy ? 'Marking…' : 'Mark reviewed'}
      </Button>
      {error && (
        <Alert severity="error" role="alert">
          {error}
        </Alert>
      )}
    </>
  );
}
