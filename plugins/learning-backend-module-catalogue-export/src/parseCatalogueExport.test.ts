import { formatOf, parseCatalogueExport } from './parseCatalogueExport';

describe('parseCatalogueExport', () => {
  it('reads a CSV export with lists separated by semicolons', () => {
    const csv = [
      'key,kind,title,summary,format,level,durationMinutes,tags,urls,owner,smes,entityRefs',
      'k8s-101,course,Kubernetes 101,"Pods, services and deployments",video,beginner,90,k8s; platform,https://lms.example.com/c/1,group:default/platform-team,user:default/grace-kim,component:default/backstage-portal;system:default/payments',
      'oncall,,On call,Being on call,reading,beginner,,,,group:default/platform-team,,',
    ].join('\n');
    expect(parseCatalogueExport(csv, 'csv')).toEqual([
      {
        key: 'k8s-101',
        kind: 'course',
        title: 'Kubernetes 101',
        summary: 'Pods, services and deployments',
        format: 'video',
        level: 'beginner',
        durationMinutes: 90,
        tags: ['k8s', 'platform'],
        urls: [{ url: 'https://lms.example.com/c/1' }],
        owner: 'group:default/platform-team',
        smes: ['user:default/grace-kim'],
        links: [
          {
            entityRef: 'component:default/backstage-portal',
            relation: 'teaches',
          },
          { entityRef: 'system:default/payments', relation: 'teaches' },
        ],
      },
      {
        key: 'oncall',
        kind: 'course',
        title: 'On call',
        summary: 'Being on call',
        format: 'reading',
        level: 'beginner',
        tags: [],
        urls: [],
        owner: 'group:default/platform-team',
        smes: [],
        links: [],
      },
    ]);
  });

  it('names unknown CSV columns', () => {
    expect(() => parseCatalogueExport('key,colour\na,blue\n', 'csv')).toThrow(
      /^unknown CSV columns: colour \(known: key, kind, /,
    );
  });

  it('reads a JSON export, bare or in "items"', () => {
    const resource = { key: 'a', title: 'A' };
    expect(parseCatalogueExport(JSON.stringify([resource]), 'json')).toEqual([
      resource,
    ]);
    expect(
      parseCatalogueExport(JSON.stringify({ items: [resource] }), 'json'),
    ).toEqual([resource]);
    expect(() => parseCatalogueExport('{"courses": []}', 'json')).toThrow(
      'a JSON export is an array of resources, or an object with one in "items"',
    );
    expect(() => parseCatalogueExport('{', 'json')).toThrow();
  });

  it('takes the format from the file name unless configured', () => {
    expect(formatOf('https://lms.example.com/export.csv')).toBe('csv');
    expect(formatOf('https://lms.example.com/export?format=x')).toBe('json');
    expect(formatOf('https://lms.example.com/export', 'csv')).toBe('csv');
    expect(() => formatOf('https://lms.example.com/x', 'xml')).toThrow(
      "format 'xml' is not json or csv",
    );
  });
});
