import {
  Header,
  Page,
  SupportButton,
  TabbedLayout,
} from '@backstage/core-components';
import { Route, Routes } from 'react-router-dom';
import { ResourcePage } from '../ResourcePage';
import { BrowseTab } from './BrowseTab';
import { MyLearningTab } from './MyLearningTab';

function LearningHome() {
  return (
    <Page themeId="tool">
      <Header
        title="Learning"
        subtitle="Courses, toolkits and learning paths for the systems we build"
      >
        <SupportButton>
          Material is linked to the catalog entities it teaches; each service
          page shows what teaches it.
        </SupportButton>
      </Header>
      <TabbedLayout>
        <TabbedLayout.Route path="/" title="All material">
          <BrowseTab />
        </TabbedLayout.Route>
        <TabbedLayout.Route path="/mine" title="My learning">
          <MyLearningTab />
        </TabbedLayout.Route>
      </TabbedLayout>
    </Page>
  );
}

/**
 * The /learning page: browse and search all material, "my learning", and
 * the page of each resource.
 *
 * @public
 */
export function LearningPage() {
  return (
    <Routes>
      <Route path="/resources/:id" element={<ResourcePage />} />
      <Route path="/*" element={<LearningHome />} />
    </Routes>
  );
}
