import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

export const createResourceExamples: TemplateExample[] = [
  {
    description:
      'Registers a course owned by a group the template user belongs to, with its SME',
    example: yaml.stringify({
      steps: [
        {
          id: 'resource',
          action: 'learning:create-resource',
          name: 'Register the course',
          input: {
            kind: 'course',
            title: 'Ledger internals',
            summary: 'How the ledger books, reverses and reconciles entries.',
            format: 'self-paced',
            level: 'intermediate',
            durationMinutes: 90,
            owner: 'group:default/payments-team',
            smes: ['user:default/alice-chen'],
            tags: ['ledger', 'payments'],
          },
        },
      ],
    }),
  },
  {
    description: 'Registers what the template form asked for',
    example: yaml.stringify({
      steps: [
        {
          id: 'resource',
          action: 'learning:create-resource',
          input: {
            kind: '${{ parameters.kind }}',
            title: '${{ parameters.title }}',
            summary: '${{ parameters.summary }}',
            format: '${{ parameters.format }}',
            level: '${{ parameters.level }}',
            owner: '${{ parameters.owner }}',
            smes: '${{ parameters.smes }}',
          },
        },
      ],
    }),
  },
];

export const linkExamples: TemplateExample[] = [
  {
    description:
      'Links the resource created in an earlier step to what it teaches',
    example: yaml.stringify({
      steps: [
        {
          id: 'link',
          action: 'learning:link',
          name: 'Link it to what it teaches',
          input: {
            resourceId: '${{ steps.resource.output.resourceId }}',
            entityRefs: [
              'component:default/ledger-service',
              'api:default/ledger-events',
            ],
          },
        },
      ],
    }),
  },
  {
    description:
      'Marks the resource as a prerequisite for working on an entity',
    example: yaml.stringify({
      steps: [
        {
          id: 'prerequisite',
          action: 'learning:link',
          input: {
            resourceId: '${{ steps.resource.output.resourceId }}',
            entityRefs: ['component:default/payments-api'],
            relation: 'prerequisite-for',
          },
        },
      ],
    }),
  },
];
