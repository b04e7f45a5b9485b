import { LearningRouter, pathRef, RouteContext } from '../shared/routes';
import { RecordService } from './RecordService';

/** A person's learning records: export and erase. */
export function recordRoutes(
  router: LearningRouter,
  { userOnly, audited, write }: RouteContext,
  records: RecordService,
): void {
  router.get('/users/:namespace/:name/records', async (req, res) => {
    const credentials = await userOnly(req);
    const userRef = pathRef(req.params, 'user');
    // an export is a read of personal data: it is audited too
    const exported = await audited(req, 'records-export', { userRef }, () =>
      records.export(userRef, credentials),
    );
    res.json(exported);
  });

  router.delete('/users/:namespace/:name/records', async (req, res) => {
    const credentials = await userOnly(req);
    const userRef = pathRef(req.params, 'user');
    const erased = await write(
      req,
      'records-erase',
      { userRef },
      () => records.erase(userRef, credentials),
      counts => ({ ...counts }),
    );
    res.json(erased);
  });
}
