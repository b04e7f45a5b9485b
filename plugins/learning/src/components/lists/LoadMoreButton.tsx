import Button from '@material-ui/core/Button';

/** "Load more" under a cursor-paginated list, disabled while loading. */
export function LoadMoreButton(props: {
  loading: boolean;
  onClick: () => void;
}) {
  return (
    <Button variant="outlined" disabled={props.loading} onClick={props.onClick}>
      {props.loading ? 'Loading…' : 'Load more'}
    </Button>
  );
}
