import { LearningResourceKind } from '@tech-learning/backstage-plugin-learning-common';
import SchoolIcon from '@material-ui/icons/School';
import BuildIcon from '@material-ui/icons/Build';
import TimelineIcon from '@material-ui/icons/Timeline';

export function ResourceIcon(props: { kind: LearningResourceKind }) {
  switch (props.kind) {
    case 'toolkit':
      return <BuildIcon titleAccess="Toolkit" />;
    case 'path':
      return <TimelineIcon titleAccess="Learning path" />;
    default:
      return <SchoolIcon titleAccess="Course" />;
  }
}
