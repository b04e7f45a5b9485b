import {
  Header,
  LinkButton,
  Page,
  SupportButton,
  TabbedLayout,
} from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  learningInsightsReadPermission,
  learningResourceCreatePermission,
} from '@tech-learning/backstage-plugin-learning-common';
import AddIcon from '@material-ui/icons/Add';
import { Route, Routes } from 'react-router-dom';
import { newResourceRouteRef } from '../../routes';
import { EditEmbedPage, NewEmbedPage } from '../EmbedForm';
import { CohortPage } from '../Cohorts';
import { EmbedPage } from '../EmbedPage';
import { InsightsTab } from '../Insights';
import { EmbedsTab } from './EmbedsTab';
import { ForYouTab } from './ForYouTab';
import { EditResourcePage, NewResourcePage } from '../ResourceForm';
import { ResourcePage } from '../ResourcePage';
import { BrowseTab } from './BrowseTab';
import { MyExpertiseTab } from './MyExpertiseTab';
import { MyLearningTab } from './MyLearningTab';
import { ReviewQueueTab } from './ReviewQueueTab';

function LearningHome() {
  const newResourceRoute = useRouteRef(newResourceRouteRef);
  const create = usePermission({
    permission: learningResourceCreatePermission,
  });
  // the program's tab, for those who may read it (the backend checks too)
  const insights = usePermission({
    permission: learningInsightsReadPermission,
  });
  return (
    <Page themeId="tool">
      <Header
        title="Learning"
        subtitle="Courses, toolkits and learning paths for the systems we build"
      >
        {create.allowed && (
          <LinkButton
            to={newResourceRoute()}
            variant="contained"
            color="primary"
            startIcon={<AddIcon />}
          >
            New material
          </LinkButton>
        )}
        <SupportButton>
          Material is linked to the catalog entities it teaches; each service
          page shows what teaches it.
        </SupportButton>
      </Header>
      <TabbedLayout>
        <TabbedLayout.Route path="/" title="For you">
          <ForYouTab />
        </TabbedLayout.Route>
        <TabbedLayout.Route path="/all" title="All material">
          <BrowseTab />
        </TabbedLayout.Route>
        <TabbedLayout.Route path="/mine" title="My learning">
          <MyLearningTab />
        </TabbedLayout.Route>
        <TabbedLayout.Route path="/expertise" title="My expertise">
          <MyExpertiseTab />
        </TabbedLayout.Route>
        <TabbedLayout.Route path="/embeds" title="Embeds">
          <EmbedsTab />
        </TabbedLayout.Route>
        <TabbedLayout.Route path="/review" title="To review">
          <ReviewQueueTab />
        </TabbedLayout.Route>
        {insights.allowed && (
          <TabbedLayout.Route path="/insights" title="Insights">
            <InsightsTab />
          </TabbedLayout.Route>
        )}
      </TabbedLayout>
    </Page>
  );
}

/**
 * The /learning page: suggestions, browse and search all material, "my
 * learning", the user's derived expertise, embeds, what the user teaches
 * that needs review, the program's insights (for those who may read them),
 * and the page of each resource and embed.
 *
 * @public
 */
export function LearningPage() {
  return (
    <Routes>
      <Route path="/new" element={<NewResourcePage />} />
      <Route path="/resources/:id/edit" element={<EditResourcePage />} />
      <Route path="/resources/:id" element={<ResourcePage />} />
      <Route path="/embeds/new" element={<NewEmbedPage />} />
      <Route path="/embeds/:id/edit" element={<EditEmbedPage />} />
      <Route path="/embeds/:id" element={<EmbedPage />} />
      <Route path="/cohorts/:id" element={<CohortPage />} />
      <Route path="/*" element={<LearningHome />} />
    </Routes>
  );
}
