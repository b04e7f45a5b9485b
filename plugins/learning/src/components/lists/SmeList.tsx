import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import {
  catalogApiRef,
  EntityRefLink,
  EntityRefLinks,
} from '@backstage/plugin-catalog-react';
import Avatar from '@material-ui/core/Avatar';
import Box from '@material-ui/core/Box';
import { makeStyles } from '@material-ui/core/styles';
import useAsync from 'react-use/esm/useAsync';

const useStyles = makeStyles(theme => ({
  list: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(1.5),
    listStyle: 'none',
    margin: 0,
    padding: 0,
  },
  avatar: {
    width: 28,
    height: 28,
    fontSize: '0.8rem',
    // initials readable on the avatar (MUI's default grey is not)
    backgroundColor: theme.palette.primary.main,
    color: theme.palette.primary.contrastText,
  },
}));

function initials(name: string) {
  return name
    .split(/[\s-]+/)
    .filter(Boolean)
    .slice(0, 2)
    .map(part => part[0].toLocaleUpperCase('en-US'))
    .join('');
}

/**
 * Subject-matter experts with their avatars and names from the catalog,
 * each linking to their user page. Users the catalog does not return show
 * by their ref.
 */
export function SmeList(props: { refs: string[] }) {
  const classes = useStyles();
  const catalogApi = useApi(catalogApiRef);
  const { refs } = props;
  const users = useAsync(async () => {
    const { items } = await catalogApi.getEntitiesByRefs({
      entityRefs: refs,
      fields: [
        'kind',
        'metadata.namespace',
        'metadata.name',
        'spec.profile.displayName',
        'spec.profile.picture',
      ],
    });
    return items;
  }, [catalogApi, refs.join(',')]);

  if (users.error || users.loading) {
    // plain links while loading, and if the catalog cannot say more
    return <EntityRefLinks entityRefs={refs} defaultKind="user" />;
  }
  return (
    <ul className={classes.list} aria-label="Subject-matter experts">
      {refs.map((ref, i) => {
        const user = users.value?.[i] as Entity | undefined;
        const profile = (user?.spec?.profile ?? {}) as {
          displayName?: string;
          picture?: string;
        };
        const name = profile.displayName ?? ref.split('/').pop() ?? ref;
        return (
          <li key={ref}>
            <Box display="flex" alignItems="center" style={{ gap: 6 }}>
              <Avatar src={profile.picture} alt="" className={classes.avatar}>
                {initials(name)}
              </Avatar>
              <EntityRefLink
                entityRef={user ? stringifyEntityRef(user) : ref}
                title={name}
              />
            </Box>
          </li>
        );
      })}
    </ul>
  );
}
