import { parseLearningDocuments } from './parseLearningDocuments';

const context = {
  location: 'https://git.example/payments/ledger/blob/main/learning.yaml',
  namespace: 'payments',
};

const file = `
apiVersion: tech-learning/v1alpha1
kind: Course
metadata:
  name: ledger-basics
  title: Ledger basics
  description: How the ledger posts entries.
  tags: [ledger]
spec:
  format: video
  level: beginner
  durationMinutes: 45
  owner: payments-team
  smes: [alice-chen, user:default/bob-okafor]
  links:
    - entityRef: component:ledger-service
    - entityRef: api:default/ledger-events
      relation: uses
  docs:
    - entityRef: component:ledger-service
      path: guides/posting/
  reviewIntervalDays: 90
---
apiVersion: tech-learning/v1alpha1
kind: LearningPath
metadata:
  name: ledger-onboarding
  title: Ledger onboarding
  description: The path onto the ledger team.
spec:
  format: self-paced
  level: beginner
  owner: group:default/payments-team
  steps: [ledger-basics]
---
apiVersion: tech-learning/v1alpha1
kind: Embed
metadata:
  name: ledger-stint
  title: Two weeks on the ledger
  description: Post entries with the team.
spec:
  host: payments-team
  links:
    - entityRef: component:ledger-service
  skillsTaught: [Double-entry bookkeeping]
  startsOn: '2027-03-01'
  durationWeeks: 2
  seats: 1
  location: Lisbon office
---
`;

describe('parseLearningDocuments', () => {
  it('turns each document into what a provider delivers, with full refs', () => {
    const parsed = parseLearningDocuments(file, context);
    expect(parsed.errors).toEqual([]);
    expect(parsed.resources).toEqual([
      {
        key: 'course:ledger-basics',
        location: context.location,
        kind: 'course',
        title: 'Ledger basics',
        summary: 'How the ledger posts entries.',
        tags: ['ledger'],
        format: 'video',
        level: 'beginner',
        durationMinutes: 45,
        urls: [],
        // the namespace of the file's entity, the kind of the field
        owner: 'group:payments/payments-team',
        smes: ['user:payments/alice-chen', 'user:default/bob-okafor'],
        docs: [
          {
            entityRef: 'component:payments/ledger-service',
            path: 'guides/posting/',
          },
        ],
        links: [
          {
            entityRef: 'component:payments/ledger-service',
            relation: 'teaches',
          },
          { entityRef: 'api:default/ledger-events', relation: 'uses' },
        ],
        reviewIntervalDays: 90,
      },
      expect.objectContaining({
        key: 'learningpath:ledger-onboarding',
        kind: 'path',
        owner: 'group:default/payments-team',
        steps: ['course:ledger-basics'],
      }),
    ]);
    expect(parsed.embeds).toEqual([
      {
        key: 'embed:ledger-stint',
        sourceLocation: context.location,
        title: 'Two weeks on the ledger',
        summary: 'Post entries with the team.',
        host: 'group:payments/payments-team',
        links: [
          {
            entityRef: 'component:payments/ledger-service',
            relation: 'teaches',
          },
        ],
        skillsWanted: [],
        skillsTaught: ['Double-entry bookkeeping'],
        startsOn: '2027-03-01',
        durationWeeks: 2,
        seats: 1,
        location: 'Lisbon office',
        remote: false,
      },
    ]);
  });

  it('names every problem with its document, and then delivers nothing', () => {
    const broken = `
apiVersion: tech-learning/v1alpha1
kind: Course
metadata:
  name: Not A Name
  title: Bad
  description: Bad
spec:
  format: telepathy
  level: beginner
  owner: payments-team
  colour: blue
---
apiVersion: tech-learning/v2
kind: Embed
metadata: { name: e, title: E, description: E }
spec: { host: payments-team, durationWeeks: 2 }
---
apiVersion: tech-learning/v1alpha1
kind: LearningPath
metadata: { name: p, title: P, description: P }
spec:
  format: reading
  level: beginner
  owner: payments-team
  links: [{ entityRef: ledger-service }]
  steps: [nowhere]
---
apiVersion: tech-learning/v1alpha1
kind: Course
metadata: { name: p2, title: P, description: P }
spec: { format: video, level: beginner, owner: payments-team }
---
apiVersion: tech-learning/v1alpha1
kind: Course
metadata: { name: p2, title: Again, description: Again }
spec: { format: video, level: beginner, owner: payments-team }
`;
    const parsed = parseLearningDocuments(broken, context);
    expect(parsed.resources).toEqual([]);
    expect(parsed.embeds).toEqual([]);
    expect(parsed.errors).toEqual([
      expect.stringMatching(/^document 1: metadata.name: must match pattern/),
      "document 1: spec: has an unknown field 'colour'",
      expect.stringMatching(/^document 1: spec.format: must be one of live, /),
      "document 2: spec: must have required property 'seats'",
      'document 2: apiVersion: must be tech-learning/v1alpha1',
      "document 3 (LearningPath p): spec.links.0: 'ledger-service' is not an entity ref (give its kind, as in component:name)",
      'document 5 (Course p2): another Course of this file has its name',
      "document 3 (LearningPath p): spec.steps: no Course or Toolkit named 'nowhere' in this file",
    ]);
  });

  it('does not blame a path for a step that is there but invalid', () => {
    const [courseDoc, pathDoc] = file.split('---');
    const parsed = parseLearningDocuments(
      `${courseDoc.replace('format: video', 'format: vhs')}---${pathDoc}`,
      context,
    );
    expect(parsed.errors).toEqual([
      expect.stringMatching(/^document 1: spec.format: must be one of/),
    ]);
  });

  it('says where the YAML itself is broken', () => {
    const parsed = parseLearningDocuments('kind: [Course\n', context);
    expect(parsed.errors).toEqual([
      expect.stringMatching(/^document 1: not valid YAML: /),
    ]);
  });

  it('takes an empty file as one that declares nothing', () => {
    expect(parseLearningDocuments('', context)).toEqual({
      resources: [],
      embeds: [],
      errors: [],
    });
  });
});
