import { Link } from '@backstage/core-components';
import { LearningDocRef } from '@tech-learning/backstage-plugin-learning-common';
import { makeStyles } from '@material-ui/core/styles';
import { techDocsPath } from '../format/format';

const useStyles = makeStyles(theme => ({
  list: { margin: 0, paddingLeft: theme.spacing(2.5) },
}));

/** TechDocs pages as a list of links into TechDocs. */
export function DocsList(props: { docs: LearningDocRef[] }) {
  const classes = useStyles();
  return (
    <ul className={classes.list}>
      {props.docs.map(doc => (
        <li key={`${doc.entityRef}#${doc.path ?? ''}`}>
          <Link to={techDocsPath(doc.entityRef, doc.path)}>
            {doc.title ?? doc.path ?? doc.entityRef}
          </Link>
        </li>
      ))}
    </ul>
  );
}
