// ******************************************************************
// * THIS IS A GENERATED FILE. DO NOT EDIT IT: edit openapi.yaml and *
// * run `yarn openapi:generate` at the repository root.            *
// ******************************************************************
import { createValidatedOpenApiRouter } from '@backstage/backend-openapi-utils';

export const spec = {
  openapi: '3.1.0',
  info: {
    title: 'learning',
    version: '1',
    description:
      'The backend of Tech Learning for Backstage: learning resources (courses, toolkits, learning paths) attached to catalog entities.',
    license: {
      name: 'Apache-2.0',
      url: 'http://www.apache.org/licenses/LICENSE-2.0.html',
    },
    contact: {},
  },
  servers: [
    {
      url: '/',
    },
  ],
  components: {
    examples: {},
    headers: {},
    parameters: {
      resourceId: {
        name: 'id',
        in: 'path',
        required: true,
        schema: {
          type: 'string',
          minLength: 1,
          maxLength: 64,
        },
      },
      entityKind: {
        name: 'kind',
        in: 'path',
        required: true,
        schema: {
          type: 'string',
          minLength: 1,
          maxLength: 63,
        },
      },
      entityNamespace: {
        name: 'namespace',
        in: 'path',
        required: true,
        schema: {
          type: 'string',
          minLength: 1,
          maxLength: 63,
        },
      },
      entityName: {
        name: 'name',
        in: 'path',
        required: true,
        schema: {
          type: 'string',
          minLength: 1,
          maxLength: 253,
        },
      },
      embedId: {
        name: 'id',
        in: 'path',
        required: true,
        schema: {
          type: 'string',
          minLength: 1,
          maxLength: 64,
        },
      },
      applicationId: {
        name: 'applicationId',
        in: 'path',
        required: true,
        schema: {
          type: 'string',
          minLength: 1,
          maxLength: 64,
        },
      },
      sessionId: {
        name: 'sessionId',
        in: 'path',
        required: true,
        schema: {
          type: 'string',
          minLength: 1,
          maxLength: 64,
        },
      },
      limit: {
        name: 'limit',
        in: 'query',
        required: false,
        schema: {
          type: 'integer',
          minimum: 1,
          maximum: 100,
        },
      },
      offset: {
        name: 'offset',
        in: 'query',
        required: false,
        schema: {
          type: 'integer',
          minimum: 0,
          maximum: 100000,
        },
      },
      cohortId: {
        name: 'cohortId',
        in: 'path',
        required: true,
        schema: {
          type: 'string',
          minLength: 1,
          maxLength: 64,
        },
      },
      postId: {
        name: 'postId',
        in: 'path',
        required: true,
        schema: {
          type: 'string',
          pattern: '^[0-9]{1,15}$',
        },
      },
      stepId: {
        name: 'stepId',
        in: 'path',
        required: true,
        schema: {
          type: 'string',
          minLength: 1,
          maxLength: 64,
        },
      },
      discussionLimit: {
        name: 'limit',
        in: 'query',
        required: false,
        description: 'Posts a page (default 100).',
        schema: {
          type: 'integer',
          minimum: 1,
          maximum: 500,
        },
      },
      suggestionId: {
        name: 'suggestionId',
        in: 'path',
        required: true,
        schema: {
          type: 'string',
          maxLength: 64,
        },
      },
      cursor: {
        name: 'cursor',
        in: 'query',
        required: false,
        schema: {
          type: 'string',
          maxLength: 1024,
        },
      },
      insightsWeeks: {
        name: 'weeks',
        in: 'query',
        required: false,
        description: 'How many weeks, the current one included (default 12).',
        schema: {
          type: 'integer',
          minimum: 1,
          maximum: 52,
        },
      },
    },
    requestBodies: {},
    responses: {
      ErrorResponse: {
        description: 'An error response from the backend.',
        content: {
          'application/json; charset=utf-8': {
            schema: {
              $ref: '#/components/schemas/Error',
            },
          },
        },
      },
    },
    schemas: {
      LearningResourceKind: {
        type: 'string',
        enum: ['course', 'toolkit', 'path'],
      },
      LearningFormat: {
        type: 'string',
        enum: [
          'live',
          'bootcamp',
          'workshop',
          'video',
          'podcast',
          'self-paced',
          'lab',
          'reading',
        ],
      },
      LearningLevel: {
        type: 'string',
        enum: ['beginner', 'intermediate', 'advanced'],
      },
      LearningLinkRelation: {
        type: 'string',
        enum: ['teaches', 'uses', 'prerequisite-for'],
      },
      LearningUrl: {
        type: 'object',
        required: ['url'],
        properties: {
          title: {
            type: 'string',
          },
          url: {
            type: 'string',
          },
        },
      },
      LearningDocRef: {
        type: 'object',
        required: ['entityRef'],
        properties: {
          entityRef: {
            type: 'string',
          },
          path: {
            type: 'string',
          },
          title: {
            type: 'string',
          },
        },
      },
      LearningLink: {
        type: 'object',
        required: ['entityRef', 'relation'],
        properties: {
          entityRef: {
            type: 'string',
          },
          relation: {
            $ref: '#/components/schemas/LearningLinkRelation',
          },
        },
      },
      LearningSource: {
        type: 'object',
        required: ['type'],
        additionalProperties: false,
        properties: {
          type: {
            type: 'string',
            enum: ['api', 'provider'],
          },
          provider: {
            type: 'string',
          },
          location: {
            type: 'string',
          },
        },
      },
      LearningResource: {
        type: 'object',
        required: [
          'id',
          'kind',
          'title',
          'summary',
          'format',
          'level',
          'language',
          'tags',
          'urls',
          'owner',
          'smes',
          'docs',
          'links',
          'steps',
          'freshness',
          'stats',
          'source',
          'createdAt',
          'updatedAt',
        ],
        additionalProperties: false,
        properties: {
          id: {
            type: 'string',
          },
          kind: {
            $ref: '#/components/schemas/LearningResourceKind',
          },
          title: {
            type: 'string',
          },
          summary: {
            type: 'string',
          },
          description: {
            type: 'string',
          },
          format: {
            $ref: '#/components/schemas/LearningFormat',
          },
          level: {
            $ref: '#/components/schemas/LearningLevel',
          },
          durationMinutes: {
            type: 'integer',
          },
          language: {
            type: 'string',
          },
          tags: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
          urls: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/LearningUrl',
            },
          },
          owner: {
            type: 'string',
            description: 'Full ref of the owning catalog Group or User.',
          },
          smes: {
            type: 'array',
            description:
              'Full refs of the subject-matter experts (catalog Users).',
            items: {
              type: 'string',
            },
          },
          docs: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/LearningDocRef',
            },
          },
          links: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/LearningLink',
            },
          },
          steps: {
            type: 'array',
            description: 'Ordered resource ids, for learning paths.',
            items: {
              type: 'string',
            },
          },
          reviewedAt: {
            type: 'string',
            format: 'date-time',
          },
          reviewedBy: {
            type: 'string',
            description: 'Who last marked it reviewed in Backstage.',
          },
          reviewIntervalDays: {
            type: 'integer',
          },
          freshness: {
            $ref: '#/components/schemas/LearningFreshness',
          },
          stats: {
            $ref: '#/components/schemas/LearningResourceStats',
          },
          source: {
            $ref: '#/components/schemas/LearningSource',
          },
          createdAt: {
            type: 'string',
            format: 'date-time',
          },
          updatedAt: {
            type: 'string',
            format: 'date-time',
          },
        },
      },
      LearningResourceSummary: {
        description:
          'A resource as an entity page lists it: everything but its description and its links to other entities.',
        type: 'object',
        required: [
          'id',
          'kind',
          'title',
          'summary',
          'format',
          'level',
          'language',
          'tags',
          'urls',
          'owner',
          'smes',
          'docs',
          'steps',
          'freshness',
          'source',
          'createdAt',
          'updatedAt',
        ],
        additionalProperties: false,
        properties: {
          id: {
            type: 'string',
          },
          kind: {
            $ref: '#/components/schemas/LearningResourceKind',
          },
          title: {
            type: 'string',
          },
          summary: {
            type: 'string',
          },
          format: {
            $ref: '#/components/schemas/LearningFormat',
          },
          level: {
            $ref: '#/components/schemas/LearningLevel',
          },
          durationMinutes: {
            type: 'integer',
          },
          language: {
            type: 'string',
          },
          tags: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
          urls: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/LearningUrl',
            },
          },
          owner: {
            type: 'string',
            description: 'Full ref of the owning catalog Group or User.',
          },
          smes: {
            type: 'array',
            description:
              'Full refs of the subject-matter experts (catalog Users).',
            items: {
              type: 'string',
            },
          },
          docs: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/LearningDocRef',
            },
          },
          steps: {
            type: 'array',
            description: 'Ordered resource ids, for learning paths.',
            items: {
              type: 'string',
            },
          },
          reviewedAt: {
            type: 'string',
            format: 'date-time',
          },
          reviewedBy: {
            type: 'string',
            description: 'Who last marked it reviewed in Backstage.',
          },
          reviewIntervalDays: {
            type: 'integer',
          },
          freshness: {
            $ref: '#/components/schemas/LearningFreshness',
          },
          source: {
            $ref: '#/components/schemas/LearningSource',
          },
          createdAt: {
            type: 'string',
            format: 'date-time',
          },
          updatedAt: {
            type: 'string',
            format: 'date-time',
          },
        },
      },
      LearningResourcePage: {
        type: 'object',
        required: ['items', 'totalCount'],
        additionalProperties: false,
        properties: {
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/LearningResource',
            },
          },
          totalCount: {
            type: 'integer',
          },
          nextCursor: {
            type: 'string',
          },
        },
      },
      EntityLearningItem: {
        type: 'object',
        required: [
          'resource',
          'relation',
          'via',
          'learners',
          'completions',
          'rating',
        ],
        additionalProperties: false,
        properties: {
          resource: {
            $ref: '#/components/schemas/LearningResourceSummary',
          },
          relation: {
            $ref: '#/components/schemas/LearningLinkRelation',
          },
          via: {
            type: 'string',
            enum: ['entity', 'system'],
          },
          learners: {
            type: 'integer',
          },
          completions: {
            type: 'integer',
          },
          rating: {
            $ref: '#/components/schemas/LearningRating',
          },
          myEnrolment: {
            $ref: '#/components/schemas/LearningEnrolment',
          },
        },
      },
      EntityLearningSummary: {
        type: 'object',
        required: ['entityRef', 'items', 'smes', 'docs', 'embeds'],
        additionalProperties: false,
        properties: {
          entityRef: {
            type: 'string',
          },
          systemRef: {
            type: 'string',
          },
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/EntityLearningItem',
            },
          },
          smes: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
          docs: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/LearningDocRef',
            },
          },
          embeds: {
            type: 'array',
            description:
              'Open embeds that work on the entity or on its system, by title; at most 20 of each.',
            items: {
              $ref: '#/components/schemas/EntityLearningEmbed',
            },
          },
        },
      },
      EntityLearningEmbed: {
        type: 'object',
        required: ['embed', 'via'],
        additionalProperties: false,
        properties: {
          embed: {
            $ref: '#/components/schemas/LearningEmbed',
          },
          via: {
            type: 'string',
            enum: ['entity', 'system'],
          },
        },
      },
      GroupLearners: {
        type: 'object',
        required: ['groupRef', 'memberCount', 'minimumLearners', 'withheld'],
        additionalProperties: false,
        description:
          'What the members of a group (its members in the catalog and those of its child groups) learn, in aggregate. So that nobody is singled out, the numbers are given only when at least minimumLearners members learn anything (withheld otherwise), and a resource is listed only when at least minimumLearners members learn it.',
        properties: {
          groupRef: {
            type: 'string',
          },
          memberCount: {
            type: 'integer',
          },
          minimumLearners: {
            type: 'integer',
          },
          withheld: {
            type: 'boolean',
          },
          learnerCount: {
            type: 'integer',
            description: 'Members with at least one enrolment.',
          },
          enrolments: {
            type: 'object',
            required: ['enrolled', 'inProgress', 'completed'],
            additionalProperties: false,
            description: "The members' enrolments, by state.",
            properties: {
              enrolled: {
                type: 'integer',
              },
              inProgress: {
                type: 'integer',
              },
              completed: {
                type: 'integer',
              },
            },
          },
          topResources: {
            type: 'array',
            description:
              'The resources most members learn (at most 5, each with at least minimumLearners of them), among those the caller may read.',
            items: {
              type: 'object',
              required: ['resource', 'learners', 'completions'],
              additionalProperties: false,
              properties: {
                resource: {
                  $ref: '#/components/schemas/LearningResourceSummary',
                },
                learners: {
                  type: 'integer',
                },
                completions: {
                  type: 'integer',
                },
              },
            },
          },
        },
      },
      LearningEnrolmentState: {
        type: 'string',
        enum: ['enrolled', 'in-progress', 'completed'],
      },
      LearningCoverageGroup: {
        type: 'object',
        additionalProperties: false,
        description:
          'How many components and APIs of a system, an owner or a lifecycle have material that teaches them.',
        required: [
          'key',
          'entities',
          'covered',
          'production',
          'productionCovered',
        ],
        properties: {
          key: {
            type: 'string',
            description:
              "The system's or owner's ref, or the lifecycle; empty for entities with none.",
          },
          entities: {
            type: 'integer',
          },
          covered: {
            type: 'integer',
          },
          production: {
            type: 'integer',
            description: 'Of them, in production.',
          },
          productionCovered: {
            type: 'integer',
          },
          weightedCoverage: {
            type: 'number',
            description:
              'Covered entities weighted by lifecycle (production 3, deprecated 0, any other 1), as a share of 0 to 1; absent when every weight is 0.',
          },
        },
      },
      LearningDebtItem: {
        type: 'object',
        additionalProperties: false,
        description:
          'A component or API that nothing teaches, with what depends on it and how often its page was opened in the last 30 days.',
        required: ['entityRef', 'kind', 'dependents', 'views'],
        properties: {
          entityRef: {
            type: 'string',
          },
          title: {
            type: 'string',
          },
          kind: {
            type: 'string',
          },
          type: {
            type: 'string',
          },
          ownerRef: {
            type: 'string',
          },
          systemRef: {
            type: 'string',
          },
          lifecycle: {
            type: 'string',
          },
          dependents: {
            type: 'integer',
            description:
              "Entities that depend on it or consume it, as the catalog's relations say.",
          },
          views: {
            type: 'integer',
          },
        },
      },
      LearningCoverage: {
        type: 'object',
        additionalProperties: false,
        required: [
          'total',
          'bySystem',
          'byOwner',
          'byLifecycle',
          'debt',
          'catalogReadAt',
        ],
        properties: {
          total: {
            $ref: '#/components/schemas/LearningCoverageGroup',
          },
          bySystem: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/LearningCoverageGroup',
            },
          },
          byOwner: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/LearningCoverageGroup',
            },
          },
          byLifecycle: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/LearningCoverageGroup',
            },
          },
          debt: {
            type: 'object',
            additionalProperties: false,
            description:
              'The learning debt: entities without material, most depended on first, then most viewed.',
            required: ['items', 'totalItems'],
            properties: {
              items: {
                type: 'array',
                items: {
                  $ref: '#/components/schemas/LearningDebtItem',
                },
              },
              totalItems: {
                type: 'integer',
              },
              nextCursor: {
                type: 'string',
              },
            },
          },
          catalogReadAt: {
            type: 'string',
            format: 'date-time',
            description: 'When the catalog was last read for these figures.',
          },
        },
      },
      LearningFreshnessWeek: {
        type: 'object',
        additionalProperties: false,
        description:
          'Material by freshness state at the end of a week (the current week: now).',
        required: ['week', 'fresh', 'due', 'possiblyOutdated', 'broken'],
        properties: {
          week: {
            type: 'string',
            description: "The week's Monday, YYYY-MM-DD.",
          },
          fresh: {
            type: 'integer',
          },
          due: {
            type: 'integer',
          },
          possiblyOutdated: {
            type: 'integer',
          },
          broken: {
            type: 'integer',
          },
        },
      },
      LearningSmeLoad: {
        type: 'object',
        additionalProperties: false,
        required: [
          'userRef',
          'resources',
          'reviewsDue',
          'openQuestions',
          'sessions',
        ],
        properties: {
          userRef: {
            type: 'string',
          },
          resources: {
            type: 'integer',
            description: 'Resources they are an SME of.',
          },
          reviewsDue: {
            type: 'integer',
            description:
              'Of those, due for review, possibly outdated or broken.',
          },
          openQuestions: {
            type: 'integer',
            description:
              'Questions on those resources without an accepted answer.',
          },
          sessions: {
            type: 'integer',
            description:
              'Sessions of those resources in the last 90 days and to come.',
          },
        },
      },
      LearningLowRated: {
        type: 'object',
        additionalProperties: false,
        required: [
          'resourceId',
          'title',
          'averageRating',
          'ratings',
          'comments',
        ],
        properties: {
          resourceId: {
            type: 'string',
          },
          title: {
            type: 'string',
          },
          averageRating: {
            type: 'number',
          },
          ratings: {
            type: 'integer',
          },
          comments: {
            type: 'integer',
          },
        },
      },
      LearningHealth: {
        type: 'object',
        additionalProperties: false,
        required: ['freshness', 'reviewWaits', 'smeLoad', 'lowestRated'],
        properties: {
          freshness: {
            type: 'array',
            description: 'Oldest week first; the last is the current week.',
            items: {
              $ref: '#/components/schemas/LearningFreshnessWeek',
            },
          },
          reviewWaits: {
            type: 'object',
            additionalProperties: false,
            description:
              'How long reviews waited once due, over the reviews of the last 26 weeks, and the material waiting now.',
            required: ['reviews', 'waitingNow'],
            properties: {
              reviews: {
                type: 'integer',
              },
              medianDays: {
                type: 'number',
              },
              p90Days: {
                type: 'number',
              },
              waitingNow: {
                type: 'integer',
              },
              longestWaitingDays: {
                type: 'number',
              },
            },
          },
          smeLoad: {
            type: 'array',
            description: 'The 50 SMEs of the most material, most first.',
            items: {
              $ref: '#/components/schemas/LearningSmeLoad',
            },
          },
          lowestRated: {
            type: 'array',
            description:
              'The 10 lowest-rated resources among those rated by 5 people or more.',
            items: {
              $ref: '#/components/schemas/LearningLowRated',
            },
          },
        },
      },
      LearningDemandWeek: {
        type: 'object',
        additionalProperties: false,
        description:
          'Enrolments and completions of a week for one format and kind, each withheld (absent) when fewer than 5 people made them.',
        required: ['week', 'format', 'kind'],
        properties: {
          week: {
            type: 'string',
            description: "The week's Monday, YYYY-MM-DD.",
          },
          format: {
            $ref: '#/components/schemas/LearningFormat',
          },
          kind: {
            $ref: '#/components/schemas/LearningResourceKind',
          },
          enrolments: {
            type: 'integer',
          },
          completions: {
            type: 'integer',
          },
        },
      },
      LearningSearchMiss: {
        type: 'object',
        additionalProperties: false,
        required: ['query', 'searches', 'lastSearched'],
        properties: {
          query: {
            type: 'string',
          },
          searches: {
            type: 'integer',
            description:
              'Searches in the period, by 5 different people or more.',
          },
          lastSearched: {
            type: 'string',
            description: 'YYYY-MM-DD.',
          },
        },
      },
      LearningEmptyPage: {
        type: 'object',
        additionalProperties: false,
        required: ['entityRef', 'emptyViews', 'views'],
        properties: {
          entityRef: {
            type: 'string',
          },
          emptyViews: {
            type: 'integer',
            description: 'Views that had no material to show.',
          },
          views: {
            type: 'integer',
          },
        },
      },
      LearningDemand: {
        type: 'object',
        additionalProperties: false,
        required: ['weeks', 'activity', 'searchMisses', 'emptyPages'],
        properties: {
          weeks: {
            type: 'integer',
          },
          activity: {
            type: 'array',
            description: 'Oldest week first; the last is the current week.',
            items: {
              $ref: '#/components/schemas/LearningDemandWeek',
            },
          },
          searchMisses: {
            type: 'array',
            description:
              'Searches that found nothing in the period, most asked first: a query shows only once 5 different people asked it.',
            items: {
              $ref: '#/components/schemas/LearningSearchMiss',
            },
          },
          emptyPages: {
            type: 'array',
            description:
              'Entity pages opened in the period that had no material to show, most first (at most 50).',
            items: {
              $ref: '#/components/schemas/LearningEmptyPage',
            },
          },
        },
      },
      LearningFreshnessState: {
        type: 'string',
        enum: ['broken', 'possibly-outdated', 'due', 'fresh'],
      },
      LearningFreshness: {
        type: 'object',
        required: ['state'],
        additionalProperties: false,
        properties: {
          state: {
            $ref: '#/components/schemas/LearningFreshnessState',
          },
          reviewDueAt: {
            type: 'string',
            format: 'date-time',
          },
          missing: {
            type: 'array',
            description:
              'Linked entities, SMEs or the owner no longer in the catalog (broken).',
            items: {
              type: 'string',
            },
          },
          changed: {
            type: 'array',
            description:
              'Entities it teaches that changed since the last review (possibly outdated).',
            items: {
              $ref: '#/components/schemas/LearningEntityChange',
            },
          },
        },
      },
      LearningEntityChange: {
        type: 'object',
        required: ['entityRef', 'aspects'],
        additionalProperties: false,
        properties: {
          entityRef: {
            type: 'string',
          },
          aspects: {
            type: 'array',
            items: {
              type: 'string',
              enum: [
                'lifecycle',
                'owner',
                'definition',
                'dependencies',
                'spec',
              ],
            },
          },
        },
      },
      LearningResourceInput: {
        type: 'object',
        description:
          'The fields of a resource that its author sets. Refs are full entity refs; the owner is a catalog Group or User, SMEs are Users, and every ref must name an entity the caller can see.',
        required: ['kind', 'title', 'summary', 'format', 'level', 'owner'],
        properties: {
          kind: {
            $ref: '#/components/schemas/LearningResourceKind',
          },
          title: {
            type: 'string',
            minLength: 1,
            maxLength: 200,
          },
          summary: {
            type: 'string',
            minLength: 1,
            maxLength: 500,
          },
          description: {
            type: 'string',
            maxLength: 50000,
            description: 'Markdown.',
          },
          format: {
            $ref: '#/components/schemas/LearningFormat',
          },
          level: {
            $ref: '#/components/schemas/LearningLevel',
          },
          durationMinutes: {
            type: 'integer',
            minimum: 1,
            maximum: 100000,
          },
          language: {
            type: 'string',
            maxLength: 16,
          },
          tags: {
            type: 'array',
            maxItems: 20,
            items: {
              type: 'string',
              maxLength: 64,
            },
          },
          urls: {
            type: 'array',
            maxItems: 10,
            items: {
              $ref: '#/components/schemas/LearningUrl',
            },
          },
          owner: {
            type: 'string',
            maxLength: 255,
          },
          smes: {
            type: 'array',
            maxItems: 20,
            items: {
              type: 'string',
              maxLength: 255,
            },
          },
          docs: {
            type: 'array',
            maxItems: 20,
            items: {
              $ref: '#/components/schemas/LearningDocRef',
            },
          },
          links: {
            type: 'array',
            maxItems: 100,
            items: {
              $ref: '#/components/schemas/LearningLink',
            },
          },
          steps: {
            type: 'array',
            maxItems: 100,
            description: 'Ordered resource ids, for paths.',
            items: {
              type: 'string',
              maxLength: 64,
            },
          },
          reviewedAt: {
            type: 'string',
            format: 'date-time',
          },
          reviewIntervalDays: {
            type: 'integer',
            minimum: 1,
            maximum: 3650,
          },
        },
      },
      LearningResourcePatch: {
        type: 'object',
        description:
          'A change to a resource: the given fields replace the current ones; null clears an optional one (description, duration, review date, review interval). Links change through their own routes.',
        properties: {
          kind: {
            $ref: '#/components/schemas/LearningResourceKind',
          },
          title: {
            type: 'string',
            minLength: 1,
            maxLength: 200,
          },
          summary: {
            type: 'string',
            minLength: 1,
            maxLength: 500,
          },
          description: {
            type: ['string', 'null'],
            maxLength: 50000,
          },
          format: {
            $ref: '#/components/schemas/LearningFormat',
          },
          level: {
            $ref: '#/components/schemas/LearningLevel',
          },
          durationMinutes: {
            type: ['integer', 'null'],
            minimum: 1,
            maximum: 100000,
          },
          language: {
            type: 'string',
            maxLength: 16,
          },
          tags: {
            type: 'array',
            maxItems: 20,
            items: {
              type: 'string',
              maxLength: 64,
            },
          },
          urls: {
            type: 'array',
            maxItems: 10,
            items: {
              $ref: '#/components/schemas/LearningUrl',
            },
          },
          owner: {
            type: 'string',
            maxLength: 255,
          },
          smes: {
            type: 'array',
            maxItems: 20,
            items: {
              type: 'string',
              maxLength: 255,
            },
          },
          docs: {
            type: 'array',
            maxItems: 20,
            items: {
              $ref: '#/components/schemas/LearningDocRef',
            },
          },
          steps: {
            type: 'array',
            maxItems: 100,
            items: {
              type: 'string',
              maxLength: 64,
            },
          },
          reviewedAt: {
            type: ['string', 'null'],
            format: 'date-time',
          },
          reviewIntervalDays: {
            type: ['integer', 'null'],
            minimum: 1,
            maximum: 3650,
          },
        },
      },
      SmeInput: {
        type: 'object',
        required: ['userRef'],
        properties: {
          userRef: {
            type: 'string',
            maxLength: 255,
          },
        },
      },
      LearningResourceStats: {
        type: 'object',
        required: ['learners', 'completions', 'rating'],
        additionalProperties: false,
        description:
          'How many people learn from a resource (enrolments in any state), how many completed it, and its ratings.',
        properties: {
          learners: {
            type: 'integer',
          },
          completions: {
            type: 'integer',
          },
          rating: {
            $ref: '#/components/schemas/LearningRating',
          },
        },
      },
      LearningRating: {
        type: 'object',
        required: ['count'],
        additionalProperties: false,
        properties: {
          average: {
            type: 'number',
          },
          count: {
            type: 'integer',
          },
        },
      },
      LearningEnrolment: {
        type: 'object',
        required: [
          'resourceId',
          'userRef',
          'state',
          'progress',
          'enrolledAt',
          'updatedAt',
        ],
        additionalProperties: false,
        properties: {
          resourceId: {
            type: 'string',
          },
          userRef: {
            type: 'string',
          },
          state: {
            $ref: '#/components/schemas/LearningEnrolmentState',
          },
          progress: {
            type: 'integer',
          },
          sessionId: {
            type: 'string',
          },
          enrolledAt: {
            type: 'string',
            format: 'date-time',
          },
          startedAt: {
            type: 'string',
            format: 'date-time',
          },
          completedAt: {
            type: 'string',
            format: 'date-time',
          },
          updatedAt: {
            type: 'string',
            format: 'date-time',
          },
        },
      },
      LearningEnrolmentInput: {
        type: 'object',
        description:
          'What a learner sets on their own enrolment. completed means progress 100 and the other way round; progress above 0 means at least in-progress. sessionId null gives a seat back.',
        properties: {
          state: {
            $ref: '#/components/schemas/LearningEnrolmentState',
          },
          progress: {
            type: 'integer',
            minimum: 0,
            maximum: 100,
          },
          sessionId: {
            type: ['string', 'null'],
            maxLength: 64,
          },
        },
      },
      MyLearningItem: {
        type: 'object',
        required: ['enrolment', 'resource'],
        additionalProperties: false,
        properties: {
          enrolment: {
            $ref: '#/components/schemas/LearningEnrolment',
          },
          resource: {
            $ref: '#/components/schemas/LearningResource',
          },
        },
      },
      MyLearningPage: {
        type: 'object',
        required: ['items', 'totalCount'],
        additionalProperties: false,
        properties: {
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/MyLearningItem',
            },
          },
          totalCount: {
            type: 'integer',
          },
        },
      },
      LearningFeedback: {
        type: 'object',
        required: ['resourceId', 'userRef', 'rating', 'createdAt', 'updatedAt'],
        additionalProperties: false,
        properties: {
          resourceId: {
            type: 'string',
          },
          userRef: {
            type: 'string',
          },
          rating: {
            type: 'integer',
          },
          comment: {
            type: 'string',
          },
          createdAt: {
            type: 'string',
            format: 'date-time',
          },
          updatedAt: {
            type: 'string',
            format: 'date-time',
          },
        },
      },
      LearningFeedbackInput: {
        type: 'object',
        required: ['rating'],
        properties: {
          rating: {
            type: 'integer',
            minimum: 1,
            maximum: 5,
          },
          comment: {
            type: 'string',
            maxLength: 2000,
          },
        },
      },
      LearningFeedbackPage: {
        type: 'object',
        required: ['rating', 'items', 'totalCount'],
        additionalProperties: false,
        properties: {
          rating: {
            $ref: '#/components/schemas/LearningRating',
          },
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/LearningFeedback',
            },
          },
          totalCount: {
            type: 'integer',
          },
        },
      },
      LearningSession: {
        type: 'object',
        required: [
          'id',
          'resourceId',
          'startsAt',
          'endsAt',
          'seats',
          'seatsTaken',
        ],
        additionalProperties: false,
        properties: {
          id: {
            type: 'string',
          },
          resourceId: {
            type: 'string',
          },
          startsAt: {
            type: 'string',
            format: 'date-time',
          },
          endsAt: {
            type: 'string',
            format: 'date-time',
          },
          seats: {
            type: 'integer',
          },
          seatsTaken: {
            type: 'integer',
          },
          location: {
            type: 'string',
          },
          url: {
            type: 'string',
          },
        },
      },
      LearningSessionInput: {
        type: 'object',
        required: ['startsAt', 'endsAt', 'seats'],
        properties: {
          startsAt: {
            type: 'string',
            format: 'date-time',
          },
          endsAt: {
            type: 'string',
            format: 'date-time',
          },
          seats: {
            type: 'integer',
            minimum: 1,
            maximum: 10000,
          },
          location: {
            type: 'string',
            maxLength: 255,
          },
          url: {
            type: 'string',
            maxLength: 2048,
          },
        },
      },
      LearningSessionList: {
        type: 'object',
        required: ['items'],
        additionalProperties: false,
        properties: {
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/LearningSession',
            },
          },
        },
      },
      LearningEmbedStatus: {
        type: 'string',
        enum: ['open', 'filled', 'closed'],
      },
      LearningApplicationState: {
        type: 'string',
        enum: ['pending', 'accepted', 'declined', 'withdrawn'],
      },
      LearningEmbed: {
        type: 'object',
        required: [
          'id',
          'title',
          'summary',
          'host',
          'links',
          'skillsWanted',
          'skillsTaught',
          'durationWeeks',
          'seats',
          'seatsTaken',
          'remote',
          'status',
          'source',
          'createdAt',
          'updatedAt',
        ],
        additionalProperties: false,
        properties: {
          id: {
            type: 'string',
          },
          title: {
            type: 'string',
          },
          summary: {
            type: 'string',
          },
          description: {
            type: 'string',
          },
          host: {
            type: 'string',
          },
          links: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/LearningLink',
            },
          },
          skillsWanted: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
          skillsTaught: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
          startsOn: {
            type: 'string',
            format: 'date',
          },
          durationWeeks: {
            type: 'integer',
          },
          seats: {
            type: 'integer',
          },
          seatsTaken: {
            type: 'integer',
          },
          location: {
            type: 'string',
          },
          remote: {
            type: 'boolean',
          },
          contact: {
            type: 'string',
          },
          status: {
            $ref: '#/components/schemas/LearningEmbedStatus',
          },
          source: {
            $ref: '#/components/schemas/LearningSource',
          },
          createdBy: {
            type: 'string',
          },
          createdAt: {
            type: 'string',
            format: 'date-time',
          },
          updatedAt: {
            type: 'string',
            format: 'date-time',
          },
        },
      },
      LearningEmbedInput: {
        type: 'object',
        required: ['title', 'summary', 'host', 'durationWeeks', 'seats'],
        properties: {
          title: {
            type: 'string',
            minLength: 1,
            maxLength: 200,
          },
          summary: {
            type: 'string',
            minLength: 1,
            maxLength: 500,
          },
          description: {
            type: 'string',
            maxLength: 50000,
          },
          host: {
            type: 'string',
            maxLength: 255,
            description: 'The hosting group, a full group ref.',
          },
          links: {
            type: 'array',
            maxItems: 100,
            items: {
              $ref: '#/components/schemas/LearningLink',
            },
          },
          skillsWanted: {
            type: 'array',
            maxItems: 20,
            items: {
              type: 'string',
              maxLength: 64,
            },
          },
          skillsTaught: {
            type: 'array',
            maxItems: 20,
            items: {
              type: 'string',
              maxLength: 64,
            },
          },
          startsOn: {
            type: 'string',
            format: 'date',
            description: 'The first day; absent when the start is flexible.',
          },
          durationWeeks: {
            type: 'integer',
            minimum: 1,
            maximum: 52,
          },
          seats: {
            type: 'integer',
            minimum: 1,
            maximum: 100,
          },
          location: {
            type: 'string',
            maxLength: 255,
          },
          remote: {
            type: 'boolean',
          },
          contact: {
            type: 'string',
            maxLength: 255,
          },
        },
      },
      LearningEmbedPatch: {
        type: 'object',
        description:
          'A change to an embed: the given fields replace the current ones; null clears an optional one. Its host does not change.',
        properties: {
          title: {
            type: 'string',
            minLength: 1,
            maxLength: 200,
          },
          summary: {
            type: 'string',
            minLength: 1,
            maxLength: 500,
          },
          description: {
            type: ['string', 'null'],
            maxLength: 50000,
          },
          links: {
            type: 'array',
            maxItems: 100,
            items: {
              $ref: '#/components/schemas/LearningLink',
            },
          },
          skillsWanted: {
            type: 'array',
            maxItems: 20,
            items: {
              type: 'string',
              maxLength: 64,
            },
          },
          skillsTaught: {
            type: 'array',
            maxItems: 20,
            items: {
              type: 'string',
              maxLength: 64,
            },
          },
          startsOn: {
            type: ['string', 'null'],
            format: 'date',
          },
          durationWeeks: {
            type: 'integer',
            minimum: 1,
            maximum: 52,
          },
          seats: {
            type: 'integer',
            minimum: 1,
            maximum: 100,
          },
          location: {
            type: ['string', 'null'],
            maxLength: 255,
          },
          remote: {
            type: 'boolean',
          },
          contact: {
            type: ['string', 'null'],
            maxLength: 255,
          },
        },
      },
      LearningEmbedPage: {
        type: 'object',
        required: ['items', 'totalCount'],
        additionalProperties: false,
        properties: {
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/LearningEmbed',
            },
          },
          totalCount: {
            type: 'integer',
          },
          nextCursor: {
            type: 'string',
          },
        },
      },
      LearningEmbedApplication: {
        type: 'object',
        required: [
          'id',
          'embedId',
          'applicantRef',
          'state',
          'createdAt',
          'updatedAt',
        ],
        additionalProperties: false,
        properties: {
          id: {
            type: 'string',
          },
          embedId: {
            type: 'string',
          },
          applicantRef: {
            type: 'string',
          },
          state: {
            $ref: '#/components/schemas/LearningApplicationState',
          },
          message: {
            type: 'string',
          },
          decidedBy: {
            type: 'string',
          },
          decidedAt: {
            type: 'string',
            format: 'date-time',
          },
          createdAt: {
            type: 'string',
            format: 'date-time',
          },
          updatedAt: {
            type: 'string',
            format: 'date-time',
          },
        },
      },
      LearningEmbedApplicationList: {
        type: 'object',
        required: ['items'],
        additionalProperties: false,
        properties: {
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/LearningEmbedApplication',
            },
          },
        },
      },
      LearningApplicationInput: {
        type: 'object',
        properties: {
          message: {
            type: 'string',
            maxLength: 2000,
          },
        },
      },
      LearningDecisionInput: {
        type: 'object',
        required: ['decision'],
        properties: {
          decision: {
            type: 'string',
            enum: ['accepted', 'declined'],
          },
        },
      },
      LearningDecision: {
        type: 'object',
        required: ['application', 'embed'],
        additionalProperties: false,
        properties: {
          application: {
            $ref: '#/components/schemas/LearningEmbedApplication',
          },
          embed: {
            $ref: '#/components/schemas/LearningEmbed',
          },
        },
      },
      LearningYamlSource: {
        type: 'object',
        required: ['target', 'errors'],
        additionalProperties: false,
        description:
          'A learning YAML file the backend reads, as it last found it. While it has errors, nothing it declares changes.',
        properties: {
          target: {
            type: 'string',
          },
          entityRef: {
            type: 'string',
          },
          documentCount: {
            type: 'integer',
          },
          errors: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
          checkedAt: {
            type: 'string',
            format: 'date-time',
          },
          changedAt: {
            type: 'string',
            format: 'date-time',
          },
        },
      },
      LearningYamlSourceList: {
        type: 'object',
        required: ['items'],
        additionalProperties: false,
        properties: {
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/LearningYamlSource',
            },
          },
        },
      },
      MyApplicationList: {
        type: 'object',
        required: ['items'],
        additionalProperties: false,
        properties: {
          items: {
            type: 'array',
            items: {
              type: 'object',
              required: ['embed', 'application'],
              additionalProperties: false,
              properties: {
                embed: {
                  $ref: '#/components/schemas/LearningEmbed',
                },
                application: {
                  $ref: '#/components/schemas/LearningEmbedApplication',
                },
              },
            },
          },
        },
      },
      LearningSuggestionReasonType: {
        type: 'string',
        enum: [
          'owned',
          'dependency',
          'consumed-api',
          'provided-api',
          'system',
          'also-taken',
          'group',
          'next-step',
          'same-entity',
        ],
      },
      LearningSuggestionReason: {
        type: 'object',
        required: ['type', 'message'],
        additionalProperties: false,
        description:
          'Why a resource is suggested, in words and refs. Names only entities and resources the caller may see.',
        properties: {
          type: {
            $ref: '#/components/schemas/LearningSuggestionReasonType',
          },
          message: {
            type: 'string',
            description:
              'The reason as a sentence: "Because your team owns ledger-service".',
          },
          entityRef: {
            type: 'string',
            description:
              'The entity the reason is about: the one owned, depended on or consumed, the system, or the group whose members learn it.',
          },
          viaEntityRef: {
            type: 'string',
            description: 'The entity your team owns that leads to entityRef.',
          },
          resourceId: {
            type: 'string',
            description:
              'The resource taken with this one, or the path this is a step of.',
          },
          resourceTitle: {
            type: 'string',
          },
          learners: {
            type: 'integer',
            description:
              "How many distinct learners the reason counts (never fewer than 5): who took both resources, or the group's members who took it.",
          },
        },
      },
      LearningSuggestion: {
        type: 'object',
        required: ['resource', 'score', 'reasons'],
        additionalProperties: false,
        properties: {
          resource: {
            $ref: '#/components/schemas/LearningResourceSummary',
          },
          score: {
            type: 'number',
            description: 'Higher is better; only comparable within one list.',
          },
          reasons: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/LearningSuggestionReason',
            },
          },
        },
      },
      LearningSuggestionPage: {
        type: 'object',
        required: ['items', 'totalCount', 'newcomer'],
        additionalProperties: false,
        properties: {
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/LearningSuggestion',
            },
          },
          totalCount: {
            type: 'integer',
          },
          nextCursor: {
            type: 'string',
          },
          newcomer: {
            type: 'boolean',
            description: 'The caller has not enrolled in anything yet.',
          },
          teams: {
            type: 'array',
            description:
              "The caller's groups in the catalog, as the reasons name them.",
            items: {
              type: 'string',
            },
          },
          onboarding: {
            $ref: '#/components/schemas/LearningSuggestion',
            description:
              "For a newcomer: the learning path of their team's system, if there is one they may read.",
          },
        },
      },
      LearningRelatedList: {
        type: 'object',
        required: ['items'],
        additionalProperties: false,
        properties: {
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/LearningSuggestion',
            },
          },
        },
      },
      LearningExpertReasonType: {
        type: 'string',
        enum: ['sme', 'material-owner', 'entity-owner', 'learner'],
      },
      LearningExpertReason: {
        type: 'object',
        required: ['type', 'message'],
        additionalProperties: false,
        properties: {
          type: {
            $ref: '#/components/schemas/LearningExpertReasonType',
          },
          message: {
            type: 'string',
          },
          resourceId: {
            type: 'string',
          },
          resourceTitle: {
            type: 'string',
          },
          entityRef: {
            type: 'string',
          },
        },
      },
      LearningExpert: {
        type: 'object',
        required: ['ref', 'score', 'reasons'],
        additionalProperties: false,
        properties: {
          ref: {
            type: 'string',
            description: 'Full ref of a catalog User or Group.',
          },
          score: {
            type: 'number',
          },
          reasons: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/LearningExpertReason',
            },
          },
        },
      },
      LearningExpertList: {
        type: 'object',
        required: ['items'],
        additionalProperties: false,
        properties: {
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/LearningExpert',
            },
          },
        },
      },
      LearningSkillSourceType: {
        type: 'string',
        enum: ['owned-entity', 'consumed-api', 'completed', 'sme'],
      },
      LearningSkill: {
        type: 'object',
        required: ['name', 'weight', 'sources'],
        additionalProperties: false,
        description:
          'Something a person knows, derived from the catalog and the suite, never typed in: a tag, a type, an API type or an entity.',
        properties: {
          name: {
            type: 'string',
          },
          weight: {
            type: 'number',
          },
          sources: {
            type: 'array',
            items: {
              type: 'object',
              required: ['type', 'message'],
              additionalProperties: false,
              properties: {
                type: {
                  $ref: '#/components/schemas/LearningSkillSourceType',
                },
                message: {
                  type: 'string',
                },
                entityRef: {
                  type: 'string',
                },
                resourceId: {
                  type: 'string',
                },
              },
            },
          },
        },
      },
      LearningExpertise: {
        type: 'object',
        required: ['userRef', 'shareExpertise', 'skills'],
        additionalProperties: false,
        properties: {
          userRef: {
            type: 'string',
          },
          shareExpertise: {
            type: 'boolean',
            description:
              'Whether the user may be named, as a learner, among the people who can teach what they completed. Off until they turn it on.',
          },
          skills: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/LearningSkill',
            },
          },
        },
      },
      LearningUserSettings: {
        type: 'object',
        required: ['shareExpertise'],
        additionalProperties: false,
        properties: {
          shareExpertise: {
            type: 'boolean',
          },
        },
      },
      LearningCohortStatus: {
        type: 'string',
        enum: ['upcoming', 'running', 'finished'],
      },
      LearningCohortWeek: {
        type: 'object',
        required: ['index', 'title', 'startsOn', 'endsOn'],
        additionalProperties: false,
        description:
          "One week of a cohort's schedule: the step of a path, or a part of a self-paced resource, that the cohort takes that week.",
        properties: {
          index: {
            type: 'integer',
            description: '0 for the first week.',
          },
          title: {
            type: 'string',
          },
          resourceId: {
            type: 'string',
            description: "The step's resource, for a learning path.",
          },
          startsOn: {
            type: 'string',
            format: 'date',
          },
          endsOn: {
            type: 'string',
            format: 'date',
            description: "The week's last day.",
          },
        },
      },
      LearningCohort: {
        type: 'object',
        required: [
          'id',
          'resourceId',
          'resourceTitle',
          'resourceKind',
          'startsOn',
          'weeks',
          'capacity',
          'memberCount',
          'seatsLeft',
          'createdBy',
          'status',
          'schedule',
          'isMember',
          'mayJoin',
          'mayManage',
          'createdAt',
        ],
        additionalProperties: false,
        properties: {
          id: {
            type: 'string',
          },
          resourceId: {
            type: 'string',
          },
          resourceTitle: {
            type: 'string',
          },
          resourceKind: {
            $ref: '#/components/schemas/LearningResourceKind',
          },
          title: {
            type: 'string',
          },
          startsOn: {
            type: 'string',
            format: 'date',
          },
          weeks: {
            type: 'integer',
            description:
              'One step of a path, or one part of a self-paced resource, a week.',
          },
          capacity: {
            type: 'integer',
          },
          memberCount: {
            type: 'integer',
          },
          seatsLeft: {
            type: 'integer',
          },
          facilitator: {
            type: 'string',
            description: 'Full ref of an SME of the material who facilitates.',
          },
          createdBy: {
            type: 'string',
          },
          status: {
            $ref: '#/components/schemas/LearningCohortStatus',
          },
          currentWeek: {
            type: 'integer',
            description:
              'The index of this week in the schedule, while running.',
          },
          schedule: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/LearningCohortWeek',
            },
          },
          isMember: {
            type: 'boolean',
          },
          mayJoin: {
            type: 'boolean',
            description: 'Whether the caller may join (or leave) it.',
          },
          mayManage: {
            type: 'boolean',
            description: 'Whether the caller may change or cancel it.',
          },
          createdAt: {
            type: 'string',
            format: 'date-time',
          },
        },
      },
      LearningCohortInput: {
        type: 'object',
        required: ['startsOn', 'capacity'],
        properties: {
          title: {
            type: 'string',
            maxLength: 120,
          },
          startsOn: {
            type: 'string',
            format: 'date',
            description: 'Today or later.',
          },
          capacity: {
            type: 'integer',
            minimum: 2,
            maximum: 500,
          },
          parts: {
            type: 'integer',
            minimum: 1,
            maximum: 52,
            description:
              'Weeks of a self-paced resource, one part each; a path has one week per step and takes no parts.',
          },
          facilitator: {
            type: 'string',
            maxLength: 255,
            description: 'Full ref of an SME of the material.',
          },
          join: {
            type: 'boolean',
            description: 'Whether the creator joins it at once (default true).',
          },
        },
      },
      LearningCohortPatch: {
        type: 'object',
        minProperties: 1,
        properties: {
          title: {
            type: 'string',
            maxLength: 120,
          },
          startsOn: {
            type: 'string',
            format: 'date',
          },
          capacity: {
            type: 'integer',
            minimum: 2,
            maximum: 500,
          },
          facilitator: {
            type: 'string',
            maxLength: 255,
          },
        },
      },
      LearningCohortPage: {
        type: 'object',
        required: ['items'],
        additionalProperties: false,
        properties: {
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/LearningCohort',
            },
          },
          nextCursor: {
            type: 'string',
          },
        },
      },
      LearningCohortMember: {
        type: 'object',
        required: ['userRef', 'joinedAt', 'progress', 'weeksDone'],
        additionalProperties: false,
        properties: {
          userRef: {
            type: 'string',
          },
          joinedAt: {
            type: 'string',
            format: 'date-time',
          },
          progress: {
            type: 'integer',
            description:
              "Percent of the material done, from the member's enrolments.",
          },
          weeksDone: {
            type: 'integer',
            description:
              'Steps of the path completed, or parts of the resource done as its progress says.',
          },
        },
      },
      LearningCohortMemberList: {
        type: 'object',
        required: ['items'],
        additionalProperties: false,
        properties: {
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/LearningCohortMember',
            },
          },
        },
      },
      LearningPostKind: {
        type: 'string',
        enum: ['question', 'answer', 'reply'],
      },
      LearningPost: {
        type: 'object',
        required: [
          'id',
          'kind',
          'questionId',
          'author',
          'body',
          'mentions',
          'accepted',
          'deleted',
          'createdAt',
        ],
        additionalProperties: false,
        properties: {
          id: {
            type: 'string',
          },
          kind: {
            $ref: '#/components/schemas/LearningPostKind',
          },
          questionId: {
            type: 'string',
            description:
              'The question the post belongs to (its own id for a question).',
          },
          parentId: {
            type: 'string',
            description: 'The post an answer or reply answers.',
          },
          author: {
            type: 'string',
          },
          body: {
            type: 'string',
            description:
              'Markdown, rendered without raw HTML; empty once deleted.',
          },
          mentions: {
            type: 'array',
            description: 'Full refs of the SMEs the body mentions.',
            items: {
              type: 'string',
            },
          },
          accepted: {
            type: 'boolean',
            description:
              'An answer that a moderator accepted (it is in the FAQ).',
          },
          acceptedAnswerId: {
            type: 'string',
            description: 'On a question, its accepted answer.',
          },
          deleted: {
            type: 'boolean',
            description:
              'Deleted by its author; kept as a placeholder in the thread.',
          },
          hidden: {
            type: 'object',
            description:
              'Set when a moderator hid the post; only moderators see hidden posts.',
            required: ['by', 'at', 'reason'],
            additionalProperties: false,
            properties: {
              by: {
                type: 'string',
              },
              at: {
                type: 'string',
                format: 'date-time',
              },
              reason: {
                type: 'string',
              },
            },
          },
          createdAt: {
            type: 'string',
            format: 'date-time',
          },
          editedAt: {
            type: 'string',
            format: 'date-time',
          },
        },
      },
      LearningPostInput: {
        type: 'object',
        required: ['kind', 'body'],
        properties: {
          kind: {
            $ref: '#/components/schemas/LearningPostKind',
          },
          body: {
            type: 'string',
            minLength: 1,
            maxLength: 20000,
          },
          parentId: {
            type: 'string',
            maxLength: 32,
            description:
              'The question an answer answers, or the post a reply replies to.',
          },
        },
      },
      LearningPostEdit: {
        type: 'object',
        required: ['body'],
        properties: {
          body: {
            type: 'string',
            minLength: 1,
            maxLength: 20000,
          },
        },
      },
      LearningHideInput: {
        type: 'object',
        required: ['reason'],
        properties: {
          reason: {
            type: 'string',
            minLength: 1,
            maxLength: 500,
          },
        },
      },
      LearningDiscussionPage: {
        type: 'object',
        required: ['items', 'mayPost', 'mayModerate'],
        additionalProperties: false,
        description:
          'Posts of one discussion, newest question first, each question followed by its answers and replies, oldest first.',
        properties: {
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/LearningPost',
            },
          },
          nextCursor: {
            type: 'string',
          },
          mayPost: {
            type: 'boolean',
          },
          mayModerate: {
            type: 'boolean',
          },
          mentionable: {
            type: 'array',
            description:
              'Full refs of the SMEs a post here may mention, by their name after an at sign.',
            items: {
              type: 'string',
            },
          },
        },
      },
      LearningFaqEntry: {
        type: 'object',
        required: ['question', 'answer'],
        additionalProperties: false,
        properties: {
          question: {
            $ref: '#/components/schemas/LearningPost',
          },
          answer: {
            $ref: '#/components/schemas/LearningPost',
          },
          pathId: {
            type: 'string',
            description: 'The path whose step it was asked on.',
          },
          cohortId: {
            type: 'string',
            description: 'The cohort whose discussion it was asked in.',
          },
        },
      },
      LearningFaqList: {
        type: 'object',
        required: ['items'],
        additionalProperties: false,
        properties: {
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/LearningFaqEntry',
            },
          },
        },
      },
      LearningWithYou: {
        type: 'object',
        required: ['minimumLearners', 'items'],
        additionalProperties: false,
        description:
          "Per resource, the caller's nearest group (their team first, then the groups it is part of) of which at least minimumLearners members are taking it now (enrolled and not completed); resources without one are left out. Counted by the suggestion model's task, from members' latest enrolments; never a name.",
        properties: {
          minimumLearners: {
            type: 'integer',
          },
          items: {
            type: 'array',
            items: {
              type: 'object',
              required: ['resourceId', 'groupRef', 'groupName', 'taking'],
              additionalProperties: false,
              properties: {
                resourceId: {
                  type: 'string',
                },
                groupRef: {
                  type: 'string',
                },
                groupName: {
                  type: 'string',
                },
                taking: {
                  type: 'integer',
                },
              },
            },
          },
        },
      },
      LearningLinkSuggestion: {
        type: 'object',
        additionalProperties: false,
        description:
          "A link to an entity made by someone who is not among its owners, waiting for one of them to accept it (it then shows on the entity's page like any other) or dismiss it.",
        required: [
          'id',
          'resource',
          'entityRef',
          'relation',
          'suggestedBy',
          'suggestedAt',
          'mayReview',
        ],
        properties: {
          id: {
            type: 'string',
          },
          resource: {
            $ref: '#/components/schemas/LearningResourceSummary',
          },
          entityRef: {
            type: 'string',
          },
          relation: {
            $ref: '#/components/schemas/LearningLinkRelation',
          },
          suggestedBy: {
            type: 'string',
            description: 'The full ref of the user who suggested it.',
          },
          suggestedAt: {
            type: 'string',
            format: 'date-time',
          },
          mayReview: {
            type: 'boolean',
            description: 'Whether the caller may accept or dismiss it.',
          },
        },
      },
      LearningLinkSuggestionPage: {
        type: 'object',
        additionalProperties: false,
        required: ['items'],
        properties: {
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/LearningLinkSuggestion',
            },
          },
          nextCursor: {
            type: 'string',
          },
        },
      },
      LearningPersonRecords: {
        type: 'object',
        additionalProperties: false,
        description:
          "Everything the learning plugin keeps about one person's learning: what they took and how far they got, what they thought, the embeds they applied to, what they posted, the cohorts they joined, the suggestions they dismissed, their settings and the links they suggested.",
        required: [
          'userRef',
          'exportedAt',
          'resources',
          'enrolments',
          'feedback',
          'applications',
          'posts',
          'cohorts',
          'dismissals',
          'linkSuggestions',
        ],
        properties: {
          userRef: {
            type: 'string',
          },
          exportedAt: {
            type: 'string',
            format: 'date-time',
          },
          resources: {
            type: 'array',
            description: 'Titles of the resources the records name, by id.',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['id', 'title'],
              properties: {
                id: {
                  type: 'string',
                },
                title: {
                  type: 'string',
                },
              },
            },
          },
          enrolments: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/LearningEnrolment',
            },
          },
          feedback: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/LearningFeedback',
            },
          },
          applications: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/LearningEmbedApplication',
            },
          },
          posts: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: [
                'id',
                'discussion',
                'kind',
                'body',
                'deleted',
                'createdAt',
              ],
              properties: {
                id: {
                  type: 'string',
                },
                discussion: {
                  type: 'string',
                },
                kind: {
                  $ref: '#/components/schemas/LearningPostKind',
                },
                body: {
                  type: 'string',
                },
                deleted: {
                  type: 'boolean',
                },
                createdAt: {
                  type: 'string',
                  format: 'date-time',
                },
                editedAt: {
                  type: 'string',
                  format: 'date-time',
                },
              },
            },
          },
          cohorts: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['cohortId', 'resourceId', 'joinedAt'],
              properties: {
                cohortId: {
                  type: 'string',
                },
                resourceId: {
                  type: 'string',
                },
                joinedAt: {
                  type: 'string',
                  format: 'date-time',
                },
              },
            },
          },
          dismissals: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['resourceId', 'dismissedAt'],
              properties: {
                resourceId: {
                  type: 'string',
                },
                dismissedAt: {
                  type: 'string',
                  format: 'date-time',
                },
              },
            },
          },
          settings: {
            $ref: '#/components/schemas/LearningUserSettings',
          },
          linkSuggestions: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: [
                'resourceId',
                'entityRef',
                'relation',
                'status',
                'suggestedAt',
              ],
              properties: {
                resourceId: {
                  type: 'string',
                },
                entityRef: {
                  type: 'string',
                },
                relation: {
                  $ref: '#/components/schemas/LearningLinkRelation',
                },
                status: {
                  type: 'string',
                  enum: ['pending', 'dismissed'],
                },
                suggestedAt: {
                  type: 'string',
                  format: 'date-time',
                },
              },
            },
          },
        },
      },
      LearningErasedRecords: {
        type: 'object',
        additionalProperties: false,
        description: 'How many records of each kind were erased.',
        required: [
          'userRef',
          'enrolments',
          'feedback',
          'applications',
          'posts',
          'cohorts',
          'dismissals',
          'settings',
          'linkSuggestions',
        ],
        properties: {
          userRef: {
            type: 'string',
          },
          enrolments: {
            type: 'integer',
          },
          feedback: {
            type: 'integer',
          },
          applications: {
            type: 'integer',
          },
          posts: {
            type: 'integer',
          },
          cohorts: {
            type: 'integer',
          },
          dismissals: {
            type: 'integer',
          },
          settings: {
            type: 'integer',
          },
          linkSuggestions: {
            type: 'integer',
          },
        },
      },
      FieldProblem: {
        description: 'What is wrong with one field of a request.',
        type: 'object',
        properties: {
          field: {
            description:
              "The field's path in the body, query or path parameters, dot separated: `title`, `tags.3`, `links.0.entityRef`.",
            type: 'string',
          },
          in: {
            type: 'string',
            enum: ['body', 'query', 'path'],
          },
          message: {
            type: 'string',
          },
        },
        required: ['field', 'in', 'message'],
      },
      Error: {
        type: 'object',
        properties: {
          error: {
            type: 'object',
            properties: {
              name: {
                type: 'string',
              },
              message: {
                type: 'string',
              },
              fields: {
                description:
                  "Each problem that concerns one field of the request: on a 400 (`InputError`) from the spec's validation or the plugin's own rules, and on a 403 or 409 that a field caused (a host team the caller is not in, fewer seats than are taken); `message` joins them as `field: problem; ...`.",
                type: 'array',
                items: {
                  $ref: '#/components/schemas/FieldProblem',
                },
              },
            },
            required: ['name', 'message'],
          },
          request: {
            type: 'object',
            properties: {
              method: {
                type: 'string',
              },
              url: {
                type: 'string',
              },
            },
            required: ['method', 'url'],
          },
          response: {
            type: 'object',
            properties: {
              statusCode: {
                type: 'number',
              },
            },
            required: ['statusCode'],
          },
        },
        required: ['error', 'request', 'response'],
      },
    },
    securitySchemes: {
      JWT: {
        type: 'http',
        scheme: 'bearer',
        bearerFormat: 'JWT',
      },
    },
  },
  paths: {
    '/health': {
      get: {
        operationId: 'GetHealth',
        description:
          'Liveness of the plugin. The only route that needs no credentials.',
        security: [{}],
        responses: {
          '200': {
            description: 'The plugin is up.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['status'],
                  properties: {
                    status: {
                      type: 'string',
                      enum: ['ok'],
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
    '/resources': {
      get: {
        operationId: 'ListResources',
        description:
          'Lists the learning resources the caller may read, filtered, sorted and cursor-paginated.',
        security: [
          {},
          {
            JWT: [],
          },
        ],
        parameters: [
          {
            name: 'kind',
            in: 'query',
            required: false,
            schema: {
              $ref: '#/components/schemas/LearningResourceKind',
            },
          },
          {
            name: 'format',
            in: 'query',
            required: false,
            schema: {
              $ref: '#/components/schemas/LearningFormat',
            },
          },
          {
            name: 'level',
            in: 'query',
            required: false,
            schema: {
              $ref: '#/components/schemas/LearningLevel',
            },
          },
          {
            name: 'tag',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
              maxLength: 64,
            },
          },
          {
            name: 'entityRef',
            in: 'query',
            required: false,
            description:
              'Only resources linked to this entity (a full entity ref).',
            schema: {
              type: 'string',
              maxLength: 255,
            },
          },
          {
            name: 'stepEntityRef',
            in: 'query',
            required: false,
            description:
              'Only paths with a step that is linked to this entity (a full entity ref).',
            schema: {
              type: 'string',
              maxLength: 255,
            },
          },
          {
            name: 'owner',
            in: 'query',
            required: false,
            description:
              'Only resources owned by this group or user (a full entity ref).',
            schema: {
              type: 'string',
              maxLength: 255,
            },
          },
          {
            name: 'sme',
            in: 'query',
            required: false,
            description: 'Only resources with this SME (a full user ref).',
            schema: {
              type: 'string',
              maxLength: 255,
            },
          },
          {
            name: 'freshness',
            in: 'query',
            required: false,
            schema: {
              $ref: '#/components/schemas/LearningFreshnessState',
            },
          },
          {
            name: 'q',
            in: 'query',
            required: false,
            description:
              'Full-text search over title, tags, summary and description (weighted in that order), stemmed. All words must match; `"a phrase"` matches words in order, `-word` excludes, `or` between two terms accepts either; the last word also matches as a prefix. Common words and punctuation are ignored: a query of nothing else filters nothing. A first page that finds nothing for a user\'s query is counted, by query text and day, for the program\'s insights.',
            schema: {
              type: 'string',
              maxLength: 200,
            },
          },
          {
            name: 'sort',
            in: 'query',
            required: false,
            description:
              'The order: by title, most recently changed first, or best match of `q` first. The default is `relevance` with `q` and `title` without; `relevance` without words to match is by title.',
            schema: {
              type: 'string',
              enum: ['title', 'updated', 'relevance'],
            },
          },
          {
            name: 'limit',
            in: 'query',
            required: false,
            schema: {
              type: 'integer',
              minimum: 1,
              maximum: 100,
            },
          },
          {
            name: 'cursor',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
              maxLength: 512,
            },
          },
        ],
        responses: {
          '200': {
            description: 'A page of resources.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/LearningResourcePage',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
      post: {
        operationId: 'CreateResource',
        description:
          'Creates a learning resource. The caller must be able to change it afterwards (as its owner, an SME, or an admin), and may link it only to entities they may link material to.',
        security: [
          {},
          {
            JWT: [],
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/LearningResourceInput',
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'The created resource.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/LearningResource',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/resources/{id}': {
      get: {
        operationId: 'GetResource',
        description: 'One learning resource.',
        security: [
          {},
          {
            JWT: [],
          },
        ],
        parameters: [
          {
            $ref: '#/components/parameters/resourceId',
          },
        ],
        responses: {
          '200': {
            description: 'The resource.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/LearningResource',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
      patch: {
        operationId: 'UpdateResource',
        description:
          'Changes a resource: the given fields replace the current ones. Provider-owned resources change at their source (409).',
        security: [
          {},
          {
            JWT: [],
          },
        ],
        parameters: [
          {
            $ref: '#/components/parameters/resourceId',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/LearningResourcePatch',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The changed resource.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/LearningResource',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
      delete: {
        operationId: 'DeleteResource',
        description:
          'Deletes a resource with its links, sessions, enrolments and feedback.',
        security: [
          {},
          {
            JWT: [],
          },
        ],
        parameters: [
          {
            $ref: '#/components/parameters/resourceId',
          },
        ],
        responses: {
          '204': {
            description: 'Deleted.',
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/resources/{id}/links': {
      post: {
        operationId: 'AddLink',
        description:
          "Links the resource to a catalog entity. Allowed to the resource's owners and SMEs, and to the entity's owners. Answers 201 for a new link, 200 when it existed, 202 when it is suggested to the entity's owners (made by someone else while `learning.links.ownerApproval` is on).",
        security: [
          {},
          {
            JWT: [],
          },
        ],
        parameters: [
          {
            $ref: '#/components/parameters/resourceId',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/LearningLink',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The link existed; the resource.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/LearningResource',
                },
              },
            },
          },
          '201': {
            description: 'Linked; the resource.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/LearningResource',
                },
              },
            },
          },
          '202': {
            description:
              "Suggested: the caller is not among the entity's owners and `learning.links.ownerApproval` is on, so the link waits for one of them.",
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/LearningLinkSuggestion',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/resources/{id}/links/{kind}/{namespace}/{name}': {
      delete: {
        operationId: 'RemoveLink',
        description:
          'Unlinks the resource from the entity (only the given relation, if one is given).',
        security: [
          {},
          {
            JWT: [],
          },
        ],
        parameters: [
          {
            $ref: '#/components/parameters/resourceId',
          },
          {
            $ref: '#/components/parameters/entityKind',
          },
          {
            $ref: '#/components/parameters/entityNamespace',
          },
          {
            $ref: '#/components/parameters/entityName',
          },
          {
            name: 'relation',
            in: 'query',
            required: false,
            schema: {
              $ref: '#/components/schemas/LearningLinkRelation',
            },
          },
        ],
        responses: {
          '204': {
            description: 'Unlinked.',
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/resources/{id}/smes': {
      post: {
        operationId: 'AddSme',
        description:
          'Makes a catalog user an SME of the resource. Answers 201 when new, 200 when they were one.',
        security: [
          {},
          {
            JWT: [],
          },
        ],
        parameters: [
          {
            $ref: '#/components/parameters/resourceId',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/SmeInput',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'Was an SME already; the resource.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/LearningResource',
                },
              },
            },
          },
          '201': {
            description: 'Added; the resource.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/LearningResource',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/resources/{id}/smes/{namespace}/{name}': {
      delete: {
        operationId: 'RemoveSme',
        description: 'Removes the user from the SMEs of the resource.',
        security: [
          {},
          {
            JWT: [],
          },
        ],
        parameters: [
          {
            $ref: '#/components/parameters/resourceId',
          },
          {
            $ref: '#/components/parameters/entityNamespace',
          },
          {
            $ref: '#/components/parameters/entityName',
          },
        ],
        responses: {
          '204': {
            description: 'Removed.',
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/resources/{id}/enrolment': {
      get: {
        operationId: 'GetMyEnrolment',
        description:
          "The signed-in user's enrolment in the resource (404 when not enrolled).",
        security: [
          {},
          {
            JWT: [],
          },
        ],
        parameters: [
          {
            $ref: '#/components/parameters/resourceId',
          },
        ],
        responses: {
          '200': {
            description: 'The enrolment.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/LearningEnrolment',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
      put: {
        operationId: 'PutMyEnrolment',
        description:
          'Enrols the signed-in user or changes their progress. Idempotent. A seat in a session is taken under a lock, so sessions never overbook (409 when full).',
        security: [
          {},
          {
            JWT: [],
          },
        ],
        parameters: [
          {
            $ref: '#/components/parameters/resourceId',
          },
        ],
        requestBody: {
          required: false,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/LearningEnrolmentInput',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The enrolment, changed or as it was.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/LearningEnrolment',
                },
              },
            },
          },
          '201': {
            description: 'Enrolled.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/LearningEnrolment',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
      delete: {
        operationId: 'DeleteMyEnrolment',
        description: 'Unenrols the signed-in user, giving back their seat.',
        security: [
          {},
          {
            JWT: [],
          },
        ],
        parameters: [
          {
            $ref: '#/components/parameters/resourceId',
          },
        ],
        responses: {
          '204': {
            description: 'Unenrolled.',
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/resources/{id}/feedback': {
      get: {
        operationId: 'ListFeedback',
        description:
          'The average rating of the resource and its feedback, newest first.',
        security: [
          {},
          {
            JWT: [],
          },
        ],
        parameters: [
          {
            $ref: '#/components/parameters/resourceId',
          },
          {
            $ref: '#/components/parameters/limit',
          },
          {
            $ref: '#/components/parameters/offset',
          },
        ],
        responses: {
          '200': {
            description: 'Rating and feedback.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/LearningFeedbackPage',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
      put: {
        operationId: 'PutMyFeedback',
        description:
          'Rates the resource (1 to 5) with an optional comment, as the signed-in user. Idempotent; a second call replaces the first.',
        security: [
          {},
          {
            JWT: [],
          },
        ],
        parameters: [
          {
            $ref: '#/components/parameters/resourceId',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/LearningFeedbackInput',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The feedback.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/LearningFeedback',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
      delete: {
        operationId: 'DeleteMyFeedback',
        description: "Withdraws the signed-in user's feedback.",
        security: [
          {},
          {
            JWT: [],
          },
        ],
        parameters: [
          {
            $ref: '#/components/parameters/resourceId',
          },
        ],
        responses: {
          '204': {
            description: 'Withdrawn.',
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/resources/{id}/sessions': {
      get: {
        operationId: 'ListSessions',
        description: 'Scheduled sessions of a live course, with seats taken.',
        security: [
          {},
          {
            JWT: [],
          },
        ],
        parameters: [
          {
            $ref: '#/components/parameters/resourceId',
          },
        ],
        responses: {
          '200': {
            description: 'The sessions, earliest first.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/LearningSessionList',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
      post: {
        operationId: 'CreateSession',
        description:
          'Schedules a session of a live, bootcamp or workshop resource.',
        security: [
          {},
          {
            JWT: [],
          },
        ],
        parameters: [
          {
            $ref: '#/components/parameters/resourceId',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/LearningSessionInput',
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'The session.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/LearningSession',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/resources/{id}/sessions/{sessionId}': {
      put: {
        operationId: 'UpdateSession',
        description:
          'Changes a session; it cannot shrink below the seats taken (409).',
        security: [
          {},
          {
            JWT: [],
          },
        ],
        parameters: [
          {
            $ref: '#/components/parameters/resourceId',
          },
          {
            $ref: '#/components/parameters/sessionId',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/LearningSessionInput',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The session.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/LearningSession',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
      delete: {
        operationId: 'DeleteSession',
        description:
          'Cancels a session; its learners stay enrolled without a seat.',
        security: [
          {},
          {
            JWT: [],
          },
        ],
        parameters: [
          {
            $ref: '#/components/parameters/resourceId',
          },
          {
            $ref: '#/components/parameters/sessionId',
          },
        ],
        responses: {
          '204': {
            description: 'Cancelled.',
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/embeds': {
      get: {
        operationId: 'ListEmbeds',
        description:
          'Embeds the caller may see, filtered, by title or most recently changed first, a page at a time.',
        security: [
          {},
          {
            JWT: [],
          },
        ],
        parameters: [
          {
            name: 'host',
            in: 'query',
            required: false,
            description: 'Only embeds hosted by this group (a full group ref).',
            schema: {
              type: 'string',
              maxLength: 255,
            },
          },
          {
            name: 'entityRef',
            in: 'query',
            required: false,
            description:
              'Only embeds that work on this entity (a full entity ref).',
            schema: {
              type: 'string',
              maxLength: 255,
            },
          },
          {
            name: 'skill',
            in: 'query',
            required: false,
            description:
              'Only embeds that want or teach this skill, in any case.',
            schema: {
              type: 'string',
              maxLength: 64,
            },
          },
          {
            name: 'status',
            in: 'query',
            required: false,
            schema: {
              $ref: '#/components/schemas/LearningEmbedStatus',
            },
          },
          {
            name: 'startsFrom',
            in: 'query',
            required: false,
            description:
              'Only embeds starting on or after this day (flexible ones too).',
            schema: {
              type: 'string',
              format: 'date',
            },
          },
          {
            name: 'startsTo',
            in: 'query',
            required: false,
            description:
              'Only embeds starting on or before this day (flexible ones too).',
            schema: {
              type: 'string',
              format: 'date',
            },
          },
          {
            name: 'sort',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
              enum: ['title', 'updated'],
            },
          },
          {
            name: 'limit',
            in: 'query',
            required: false,
            schema: {
              type: 'integer',
              minimum: 1,
              maximum: 100,
            },
          },
          {
            name: 'cursor',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
              maxLength: 1024,
            },
          },
        ],
        responses: {
          '200': {
            description: 'A page of embeds.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/LearningEmbedPage',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
      post: {
        operationId: 'CreateEmbed',
        description: 'Posts an embed for a group the caller belongs to.',
        security: [
          {},
          {
            JWT: [],
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/LearningEmbedInput',
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'The embed.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/LearningEmbed',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/embeds/{id}': {
      get: {
        operationId: 'GetEmbed',
        description: 'One embed.',
        security: [
          {},
          {
            JWT: [],
          },
        ],
        parameters: [
          {
            $ref: '#/components/parameters/embedId',
          },
        ],
        responses: {
          '200': {
            description: 'The embed.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/LearningEmbed',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
      patch: {
        operationId: 'UpdateEmbed',
        description:
          'Changes an embed; never to fewer seats than are taken (409), and not once closed (409).',
        security: [
          {},
          {
            JWT: [],
          },
        ],
        parameters: [
          {
            $ref: '#/components/parameters/embedId',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/LearningEmbedPatch',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The changed embed.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/LearningEmbed',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
      delete: {
        operationId: 'DeleteEmbed',
        description: 'Deletes an embed with its applications.',
        security: [
          {},
          {
            JWT: [],
          },
        ],
        parameters: [
          {
            $ref: '#/components/parameters/embedId',
          },
        ],
        responses: {
          '204': {
            description: 'Deleted.',
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/embeds/{id}/close': {
      post: {
        operationId: 'CloseEmbed',
        description:
          'Closes an embed for good: no more applications or decisions.',
        security: [
          {},
          {
            JWT: [],
          },
        ],
        parameters: [
          {
            $ref: '#/components/parameters/embedId',
          },
        ],
        responses: {
          '200': {
            description: 'The closed embed.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/LearningEmbed',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/embeds/{id}/applications': {
      get: {
        operationId: 'ListEmbedApplications',
        description:
          'The applications to an embed, newest first, for its hosts.',
        security: [
          {},
          {
            JWT: [],
          },
        ],
        parameters: [
          {
            $ref: '#/components/parameters/embedId',
          },
        ],
        responses: {
          '200': {
            description: 'The applications.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/LearningEmbedApplicationList',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/embeds/{id}/applications/{applicationId}/decision': {
      put: {
        operationId: 'DecideApplication',
        description:
          'Accepts or declines an application. Accepting takes a seat under a lock of the embed, so no number of concurrent decisions overbooks it (409 when none is left).',
        security: [
          {},
          {
            JWT: [],
          },
        ],
        parameters: [
          {
            $ref: '#/components/parameters/embedId',
          },
          {
            $ref: '#/components/parameters/applicationId',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/LearningDecisionInput',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The application and the embed after the decision.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/LearningDecision',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/embeds/{id}/application': {
      get: {
        operationId: 'GetMyApplication',
        description:
          "The signed-in user's application to the embed (404 when none).",
        security: [
          {},
          {
            JWT: [],
          },
        ],
        parameters: [
          {
            $ref: '#/components/parameters/embedId',
          },
        ],
        responses: {
          '200': {
            description: 'The application.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/LearningEmbedApplication',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
      put: {
        operationId: 'ApplyToEmbed',
        description:
          'Applies to an embed, once: again it changes the message of a pending application, or applies anew after withdrawing.',
        security: [
          {},
          {
            JWT: [],
          },
        ],
        parameters: [
          {
            $ref: '#/components/parameters/embedId',
          },
        ],
        requestBody: {
          required: false,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/LearningApplicationInput',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The application, changed or as it was.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/LearningEmbedApplication',
                },
              },
            },
          },
          '201': {
            description: 'Applied.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/LearningEmbedApplication',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
      delete: {
        operationId: 'WithdrawApplication',
        description:
          "Withdraws the signed-in user's application; an accepted one gives back its seat.",
        security: [
          {},
          {
            JWT: [],
          },
        ],
        parameters: [
          {
            $ref: '#/components/parameters/embedId',
          },
        ],
        responses: {
          '200': {
            description: 'The withdrawn application.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/LearningEmbedApplication',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/resources/{id}/review': {
      post: {
        operationId: 'MarkResourceReviewed',
        description:
          'Marks the resource reviewed now by the caller (its owners and SMEs, provider-owned material included): it is no longer due or possibly outdated; it stays broken while a ref it names is gone from the catalog.',
        security: [
          {},
          {
            JWT: [],
          },
        ],
        parameters: [
          {
            $ref: '#/components/parameters/resourceId',
          },
        ],
        responses: {
          '200': {
            description: 'The resource as reviewed.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/LearningResource',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/me/review-queue': {
      get: {
        operationId: 'GetMyReviewQueue',
        description:
          'Material the caller teaches (as an SME, or as its owner or a member of the owning group) that is due for review, possibly outdated or broken, by title.',
        security: [
          {},
          {
            JWT: [],
          },
        ],
        parameters: [
          {
            name: 'freshness',
            in: 'query',
            required: false,
            schema: {
              $ref: '#/components/schemas/LearningFreshnessState',
            },
          },
          {
            name: 'limit',
            in: 'query',
            required: false,
            schema: {
              type: 'integer',
              minimum: 1,
              maximum: 100,
            },
          },
          {
            name: 'cursor',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
              maxLength: 512,
            },
          },
        ],
        responses: {
          '200': {
            description: 'A page of resources.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/LearningResourcePage',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/sources': {
      get: {
        operationId: 'ListSources',
        description:
          'The learning YAML files the backend reads and what is wrong with each: those an entity names, for its owners; all of them, for those granted learning.source.read.',
        security: [
          {},
          {
            JWT: [],
          },
        ],
        parameters: [
          {
            name: 'entityRef',
            in: 'query',
            required: false,
            description:
              'Only the files this entity names (a full entity ref).',
            schema: {
              type: 'string',
              maxLength: 255,
            },
          },
        ],
        responses: {
          '200': {
            description: 'The files, by URL.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/LearningYamlSourceList',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/sources/refresh': {
      post: {
        operationId: 'RefreshSources',
        description:
          'Reads the learning YAML files again now, rather than at the next scheduled run (on whichever replica takes the task); for the owners of the entity given, or those granted learning.source.read.',
        security: [
          {},
          {
            JWT: [],
          },
        ],
        parameters: [
          {
            name: 'entityRef',
            in: 'query',
            required: false,
            description:
              'The entity whose files the caller wants read (a full entity ref).',
            schema: {
              type: 'string',
              maxLength: 255,
            },
          },
        ],
        responses: {
          '202': {
            description: 'The run is asked for.',
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/me/recommendations': {
      get: {
        operationId: 'GetMyRecommendations',
        description:
          "Material for the caller, best first, each with its reasons: what teaches what the caller's groups own, depend on and consume; what learners who took the caller's material also took (counted only where 5 or more did both); what the caller's groups learn. Never what the caller completed, enrolled in, dismissed or may not read.",
        security: [
          {},
          {
            JWT: [],
          },
        ],
        parameters: [
          {
            name: 'limit',
            in: 'query',
            required: false,
            schema: {
              type: 'integer',
              minimum: 1,
              maximum: 100,
            },
          },
          {
            name: 'cursor',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
              maxLength: 512,
            },
          },
        ],
        responses: {
          '200': {
            description: 'A page of suggestions.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/LearningSuggestionPage',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/me/dismissals/{id}': {
      put: {
        operationId: 'DismissRecommendation',
        description:
          '"Not interested": the resource is never suggested to the caller again, until the dismissal is deleted. Idempotent.',
        security: [
          {},
          {
            JWT: [],
          },
        ],
        parameters: [
          {
            $ref: '#/components/parameters/resourceId',
          },
        ],
        responses: {
          '204': {
            description: 'Dismissed.',
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
      delete: {
        operationId: 'UndoDismissal',
        description: 'Undoes a dismissal. Idempotent.',
        security: [
          {},
          {
            JWT: [],
          },
        ],
        parameters: [
          {
            $ref: '#/components/parameters/resourceId',
          },
        ],
        responses: {
          '204': {
            description: 'Suggested again when it ranks.',
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/me/expertise': {
      get: {
        operationId: 'GetMyExpertise',
        description:
          "The caller's skills, derived from what their groups own and consume in the catalog, what they completed and what they are SME of; and whether they share them.",
        security: [
          {},
          {
            JWT: [],
          },
        ],
        responses: {
          '200': {
            description: "The caller's expertise.",
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/LearningExpertise',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/me/settings': {
      get: {
        operationId: 'GetMySettings',
        security: [
          {},
          {
            JWT: [],
          },
        ],
        responses: {
          '200': {
            description: "The caller's settings.",
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/LearningUserSettings',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
      put: {
        operationId: 'PutMySettings',
        security: [
          {},
          {
            JWT: [],
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/LearningUserSettings',
              },
            },
          },
        },
        responses: {
          '200': {
            description: "The caller's settings.",
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/LearningUserSettings',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/experts': {
      get: {
        operationId: 'ListExperts',
        description:
          'Who can teach an entity or a tag, ranked, with why: SMEs and owners of the material that teaches it, the owners of the entity (or of entities with the tag), and learners who completed that material if they chose to share it. Give entityRef or tag.',
        security: [
          {},
          {
            JWT: [],
          },
        ],
        parameters: [
          {
            name: 'entityRef',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
              maxLength: 255,
            },
          },
          {
            name: 'tag',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
              maxLength: 64,
            },
          },
          {
            name: 'limit',
            in: 'query',
            required: false,
            schema: {
              type: 'integer',
              minimum: 1,
              maximum: 50,
            },
          },
        ],
        responses: {
          '200': {
            description: 'The people, best first.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/LearningExpertList',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/resources/{id}/related': {
      get: {
        operationId: 'GetRelatedResources',
        description:
          'Material related to a resource, best first: what learners who took it also took (5 or more of them), the next step of the paths it is in, and material linked to the same entities.',
        security: [
          {},
          {
            JWT: [],
          },
        ],
        parameters: [
          {
            $ref: '#/components/parameters/resourceId',
          },
          {
            name: 'limit',
            in: 'query',
            required: false,
            schema: {
              type: 'integer',
              minimum: 1,
              maximum: 50,
            },
          },
        ],
        responses: {
          '200': {
            description: 'Related material.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/LearningRelatedList',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/me/applications': {
      get: {
        operationId: 'GetMyApplications',
        description:
          "The signed-in user's applications with their embeds, most recently changed first.",
        security: [
          {},
          {
            JWT: [],
          },
        ],
        responses: {
          '200': {
            description: 'My applications.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/MyApplicationList',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/me/learning': {
      get: {
        operationId: 'GetMyLearning',
        description:
          "The signed-in user's enrolments with their resources, most recently changed first.",
        security: [
          {},
          {
            JWT: [],
          },
        ],
        parameters: [
          {
            name: 'state',
            in: 'query',
            required: false,
            schema: {
              $ref: '#/components/schemas/LearningEnrolmentState',
            },
          },
          {
            $ref: '#/components/parameters/limit',
          },
          {
            $ref: '#/components/parameters/offset',
          },
        ],
        responses: {
          '200': {
            description: 'My learning.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/MyLearningPage',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/entities/{kind}/{namespace}/{name}/learners': {
      get: {
        operationId: 'GetGroupLearners',
        description:
          'What the members of a group learn, in aggregate, withheld below minimumLearners learners. Only for Group entities (400 otherwise); 404 when the caller cannot see the group.',
        security: [
          {},
          {
            JWT: [],
          },
        ],
        parameters: [
          {
            $ref: '#/components/parameters/entityKind',
          },
          {
            $ref: '#/components/parameters/entityNamespace',
          },
          {
            $ref: '#/components/parameters/entityName',
          },
        ],
        responses: {
          '200': {
            description: "The group's learners, in aggregate.",
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/GroupLearners',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/entities/{kind}/{namespace}/{name}/summary': {
      get: {
        operationId: 'GetEntitySummary',
        description:
          "Everything an entity page shows, in one request: the resources linked to the entity, and to its system, with their SMEs, docs, learner counts, ratings, freshness and the viewer's own enrolments.",
        security: [
          {},
          {
            JWT: [],
          },
        ],
        parameters: [
          {
            $ref: '#/components/parameters/entityKind',
          },
          {
            $ref: '#/components/parameters/entityNamespace',
          },
          {
            $ref: '#/components/parameters/entityName',
          },
          {
            name: 'view',
            in: 'query',
            required: false,
            description:
              "The request is a page view: counted per entity and day for the program's insights, with whether it had material to show (who viewed is not kept).",
            schema: {
              type: 'boolean',
            },
          },
        ],
        responses: {
          '200': {
            description: "The entity's learning summary.",
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/EntityLearningSummary',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/resources/{id}/cohorts': {
      get: {
        operationId: 'ListResourceCohorts',
        description:
          'Cohorts on a resource that have not finished, earliest start first.',
        security: [
          {},
          {
            JWT: [],
          },
        ],
        parameters: [
          {
            $ref: '#/components/parameters/resourceId',
          },
        ],
        responses: {
          '200': {
            description: 'The cohorts.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/LearningCohortPage',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
      post: {
        operationId: 'CreateCohort',
        description:
          'Starts a cohort on a self-paced resource or a learning path (not on live, bootcamp or workshop material, which has sessions). Its facilitator must be an SME of the material.',
        security: [
          {},
          {
            JWT: [],
          },
        ],
        parameters: [
          {
            $ref: '#/components/parameters/resourceId',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/LearningCohortInput',
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'The cohort.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/LearningCohort',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/cohorts': {
      get: {
        operationId: 'ListCohorts',
        description:
          'Cohorts the caller may see, that have not finished (or all, with status), earliest start first: on material linked to an entity, or those the caller is a member of.',
        security: [
          {},
          {
            JWT: [],
          },
        ],
        parameters: [
          {
            name: 'entityRef',
            in: 'query',
            required: false,
            description:
              'Only cohorts on material linked to this entity (a full ref).',
            schema: {
              type: 'string',
              maxLength: 255,
            },
          },
          {
            name: 'mine',
            in: 'query',
            required: false,
            description:
              'Only cohorts the caller is a member or the facilitator of.',
            schema: {
              type: 'boolean',
            },
          },
          {
            name: 'status',
            in: 'query',
            required: false,
            schema: {
              $ref: '#/components/schemas/LearningCohortStatus',
            },
          },
          {
            $ref: '#/components/parameters/limit',
          },
          {
            $ref: '#/components/parameters/cursor',
          },
        ],
        responses: {
          '200': {
            description: 'The cohorts.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/LearningCohortPage',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/cohorts/{cohortId}': {
      get: {
        operationId: 'GetCohort',
        description: 'A cohort, with its schedule.',
        security: [
          {},
          {
            JWT: [],
          },
        ],
        parameters: [
          {
            $ref: '#/components/parameters/cohortId',
          },
        ],
        responses: {
          '200': {
            description: 'The cohort.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/LearningCohort',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
      patch: {
        operationId: 'UpdateCohort',
        description:
          'Changes a cohort; its capacity cannot go below its members (409).',
        security: [
          {},
          {
            JWT: [],
          },
        ],
        parameters: [
          {
            $ref: '#/components/parameters/cohortId',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/LearningCohortPatch',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The cohort.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/LearningCohort',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
      delete: {
        operationId: 'DeleteCohort',
        description: 'Cancels a cohort, with its members and its discussion.',
        security: [
          {},
          {
            JWT: [],
          },
        ],
        parameters: [
          {
            $ref: '#/components/parameters/cohortId',
          },
        ],
        responses: {
          '204': {
            description: 'Cancelled.',
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/cohorts/{cohortId}/membership': {
      put: {
        operationId: 'JoinCohort',
        description:
          "Joins a cohort; its members then see the caller's name and progress on its material. 409 when every seat is taken or it has finished. Idempotent.",
        security: [
          {},
          {
            JWT: [],
          },
        ],
        parameters: [
          {
            $ref: '#/components/parameters/cohortId',
          },
        ],
        responses: {
          '200': {
            description: 'The cohort.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/LearningCohort',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
      delete: {
        operationId: 'LeaveCohort',
        description: 'Leaves a cohort. Idempotent.',
        security: [
          {},
          {
            JWT: [],
          },
        ],
        parameters: [
          {
            $ref: '#/components/parameters/cohortId',
          },
        ],
        responses: {
          '204': {
            description: 'Left.',
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/cohorts/{cohortId}/members': {
      get: {
        operationId: 'ListCohortMembers',
        description:
          'The members of a cohort with their progress on its material: only for its members and facilitator (403 for others).',
        security: [
          {},
          {
            JWT: [],
          },
        ],
        parameters: [
          {
            $ref: '#/components/parameters/cohortId',
          },
        ],
        responses: {
          '200': {
            description: 'The members, earliest joined first.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/LearningCohortMemberList',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/cohorts/{cohortId}/calendar': {
      get: {
        operationId: 'GetCohortCalendar',
        description:
          "The cohort's schedule as an iCalendar file, one all-day event a week.",
        security: [
          {},
          {
            JWT: [],
          },
        ],
        parameters: [
          {
            $ref: '#/components/parameters/cohortId',
          },
        ],
        responses: {
          '200': {
            description: 'The calendar.',
            content: {
              'text/calendar': {
                schema: {
                  type: 'string',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/resources/{id}/sessions/{sessionId}/calendar': {
      get: {
        operationId: 'GetSessionCalendar',
        description: 'A session of a live course as an iCalendar file.',
        security: [
          {},
          {
            JWT: [],
          },
        ],
        parameters: [
          {
            $ref: '#/components/parameters/resourceId',
          },
          {
            $ref: '#/components/parameters/sessionId',
          },
        ],
        responses: {
          '200': {
            description: 'The calendar.',
            content: {
              'text/calendar': {
                schema: {
                  type: 'string',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/resources/{id}/discussion': {
      get: {
        operationId: 'ListResourceDiscussion',
        description:
          'The discussion of a resource, a page at a time. Hidden posts only for moderators.',
        security: [
          {},
          {
            JWT: [],
          },
        ],
        parameters: [
          {
            $ref: '#/components/parameters/resourceId',
          },
          {
            $ref: '#/components/parameters/discussionLimit',
          },
          {
            $ref: '#/components/parameters/cursor',
          },
        ],
        responses: {
          '200': {
            description: 'A page of posts.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/LearningDiscussionPage',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
      post: {
        operationId: 'PostResourceDiscussion',
        description:
          'Asks, answers or replies in the discussion of a resource. At most learning.discussions.postsPerMinute posts a minute per user (429 with Retry-After over it).',
        security: [
          {},
          {
            JWT: [],
          },
        ],
        parameters: [
          {
            $ref: '#/components/parameters/resourceId',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/LearningPostInput',
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'The post.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/LearningPost',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/resources/{id}/steps/{stepId}/discussion': {
      get: {
        operationId: 'ListStepDiscussion',
        description:
          'The discussion of a step of a learning path, a page at a time. Hidden posts only for moderators.',
        security: [
          {},
          {
            JWT: [],
          },
        ],
        parameters: [
          {
            $ref: '#/components/parameters/resourceId',
          },
          {
            $ref: '#/components/parameters/stepId',
          },
          {
            $ref: '#/components/parameters/discussionLimit',
          },
          {
            $ref: '#/components/parameters/cursor',
          },
        ],
        responses: {
          '200': {
            description: 'A page of posts.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/LearningDiscussionPage',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
      post: {
        operationId: 'PostStepDiscussion',
        description:
          'Asks, answers or replies in the discussion of a step of a learning path. At most learning.discussions.postsPerMinute posts a minute per user (429 with Retry-After over it).',
        security: [
          {},
          {
            JWT: [],
          },
        ],
        parameters: [
          {
            $ref: '#/components/parameters/resourceId',
          },
          {
            $ref: '#/components/parameters/stepId',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/LearningPostInput',
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'The post.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/LearningPost',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/cohorts/{cohortId}/discussion': {
      get: {
        operationId: 'ListCohortDiscussion',
        description:
          'The discussion of a cohort, a page at a time. Hidden posts only for moderators.',
        security: [
          {},
          {
            JWT: [],
          },
        ],
        parameters: [
          {
            $ref: '#/components/parameters/cohortId',
          },
          {
            $ref: '#/components/parameters/discussionLimit',
          },
          {
            $ref: '#/components/parameters/cursor',
          },
        ],
        responses: {
          '200': {
            description: 'A page of posts.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/LearningDiscussionPage',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
      post: {
        operationId: 'PostCohortDiscussion',
        description:
          "Asks, answers or replies in the discussion of a cohort. At most learning.discussions.postsPerMinute posts a minute per user (429 with Retry-After over it). Only its members, facilitator and the material's moderators post in a cohort's discussion.",
        security: [
          {},
          {
            JWT: [],
          },
        ],
        parameters: [
          {
            $ref: '#/components/parameters/cohortId',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/LearningPostInput',
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'The post.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/LearningPost',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/posts/{postId}': {
      patch: {
        operationId: 'EditPost',
        description: "Edits one's own post.",
        security: [
          {},
          {
            JWT: [],
          },
        ],
        parameters: [
          {
            $ref: '#/components/parameters/postId',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/LearningPostEdit',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The post.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/LearningPost',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
      delete: {
        operationId: 'DeletePost',
        description:
          "Deletes one's own post: its body is erased; a placeholder stays in the thread.",
        security: [
          {},
          {
            JWT: [],
          },
        ],
        parameters: [
          {
            $ref: '#/components/parameters/postId',
          },
        ],
        responses: {
          '204': {
            description: 'Deleted.',
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/posts/{postId}/hidden': {
      put: {
        operationId: 'HidePost',
        description:
          'Hides a post from everyone but moderators, with a reason kept for the audit.',
        security: [
          {},
          {
            JWT: [],
          },
        ],
        parameters: [
          {
            $ref: '#/components/parameters/postId',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/LearningHideInput',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The post.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/LearningPost',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
      delete: {
        operationId: 'UnhidePost',
        description: 'Shows a hidden post again.',
        security: [
          {},
          {
            JWT: [],
          },
        ],
        parameters: [
          {
            $ref: '#/components/parameters/postId',
          },
        ],
        responses: {
          '200': {
            description: 'The post.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/LearningPost',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/posts/{postId}/accepted': {
      put: {
        operationId: 'AcceptAnswer',
        description:
          "Marks an answer accepted (another accepted answer of its question is no longer): it shows in the material's FAQ.",
        security: [
          {},
          {
            JWT: [],
          },
        ],
        parameters: [
          {
            $ref: '#/components/parameters/postId',
          },
        ],
        responses: {
          '200': {
            description: 'The answer.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/LearningPost',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
      delete: {
        operationId: 'UnacceptAnswer',
        description: 'Takes an answer out of the FAQ.',
        security: [
          {},
          {
            JWT: [],
          },
        ],
        parameters: [
          {
            $ref: '#/components/parameters/postId',
          },
        ],
        responses: {
          '200': {
            description: 'The answer.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/LearningPost',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/resources/{id}/faq': {
      get: {
        operationId: 'GetResourceFaq',
        description:
          'The accepted answers to questions asked on a resource, on it as a step of a path, or in its cohorts (and, for a path, on its steps); newest first, at most 100.',
        security: [
          {},
          {
            JWT: [],
          },
        ],
        parameters: [
          {
            $ref: '#/components/parameters/resourceId',
          },
        ],
        responses: {
          '200': {
            description: 'The FAQ.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/LearningFaqList',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/me/learning-with-you': {
      get: {
        operationId: 'GetLearningWithYou',
        description:
          "Who is learning with the caller, in aggregate: for each resource given, how many people of the caller's nearest group are taking it now, withheld below minimumLearners. Resources the caller may not read are left out.",
        security: [
          {},
          {
            JWT: [],
          },
        ],
        parameters: [
          {
            name: 'resourceIds',
            in: 'query',
            required: true,
            description: 'Comma-separated resource ids, at most 50.',
            schema: {
              type: 'string',
              minLength: 1,
              maxLength: 3500,
            },
          },
        ],
        responses: {
          '200': {
            description: 'The groups, by resource.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/LearningWithYou',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/link-suggestions': {
      get: {
        operationId: 'ListLinkSuggestions',
        description:
          'Pending suggested links of material the caller may read, newest first: those to one entity (as its Learning tab shows them, to everyone), of one resource, or with `reviewable` only those the caller may accept or dismiss.',
        security: [
          {},
          {
            JWT: [],
          },
        ],
        parameters: [
          {
            name: 'entityRef',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'resourceId',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
              maxLength: 64,
            },
          },
          {
            name: 'reviewable',
            in: 'query',
            required: false,
            schema: {
              type: 'boolean',
            },
          },
          {
            $ref: '#/components/parameters/limit',
          },
          {
            $ref: '#/components/parameters/cursor',
          },
        ],
        responses: {
          '200': {
            description: 'The suggestions.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/LearningLinkSuggestionPage',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/link-suggestions/{suggestionId}/accept': {
      post: {
        operationId: 'AcceptLinkSuggestion',
        description:
          'An owner of the entity accepts the suggested link: it becomes a link like any other, and other pending suggestions of the same link go.',
        security: [
          {},
          {
            JWT: [],
          },
        ],
        parameters: [
          {
            $ref: '#/components/parameters/suggestionId',
          },
        ],
        responses: {
          '200': {
            description: 'Linked; the resource.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/LearningResource',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/link-suggestions/{suggestionId}/dismiss': {
      post: {
        operationId: 'DismissLinkSuggestion',
        description:
          "An owner of the entity dismisses the suggested link: it stays off the entity's page, and whoever suggested it may not suggest it again for `learning.links.resuggestAfterDays` (default 90).",
        security: [
          {},
          {
            JWT: [],
          },
        ],
        parameters: [
          {
            $ref: '#/components/parameters/suggestionId',
          },
        ],
        responses: {
          '204': {
            description: 'Dismissed.',
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/users/{namespace}/{name}/records': {
      get: {
        operationId: 'ExportUserRecords',
        description:
          "Exports the person's learning records as JSON: to the person themself, or to those with `learning.records.manage` (admins, by default).",
        security: [
          {},
          {
            JWT: [],
          },
        ],
        parameters: [
          {
            $ref: '#/components/parameters/entityNamespace',
          },
          {
            $ref: '#/components/parameters/entityName',
          },
        ],
        responses: {
          '200': {
            description: 'The records.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/LearningPersonRecords',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
      delete: {
        operationId: 'EraseUserRecords',
        description:
          "Erases the person's learning records, in one transaction that also corrects the figures of the resources, embeds and cohorts they counted in; their posts keep their place in threads, without body or author. To the person themself, or to those with `learning.records.manage`.",
        security: [
          {},
          {
            JWT: [],
          },
        ],
        parameters: [
          {
            $ref: '#/components/parameters/entityNamespace',
          },
          {
            $ref: '#/components/parameters/entityName',
          },
        ],
        responses: {
          '200': {
            description: 'What was erased.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/LearningErasedRecords',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/insights/coverage': {
      get: {
        operationId: 'GetInsightsCoverage',
        description:
          'Which components and APIs have material that teaches them, per system, owner and lifecycle, and the learning debt: those without, most depended on first. For `learning.insights.read`.',
        security: [
          {},
          {
            JWT: [],
          },
        ],
        parameters: [
          {
            name: 'owner',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
              maxLength: 255,
            },
          },
          {
            name: 'system',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
              maxLength: 255,
            },
          },
          {
            name: 'kind',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
              enum: ['component', 'api'],
            },
          },
          {
            name: 'lifecycle',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
              maxLength: 63,
            },
          },
          {
            $ref: '#/components/parameters/limit',
          },
          {
            $ref: '#/components/parameters/cursor',
          },
        ],
        responses: {
          '200': {
            description: 'The coverage.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/LearningCoverage',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/insights/health': {
      get: {
        operationId: 'GetInsightsHealth',
        description:
          "Material by freshness state per week, how long reviews wait once due, the SMEs' load and the lowest-rated material. For `learning.insights.read`.",
        security: [
          {},
          {
            JWT: [],
          },
        ],
        parameters: [
          {
            $ref: '#/components/parameters/insightsWeeks',
          },
        ],
        responses: {
          '200': {
            description: 'The health of the material.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/LearningHealth',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
    '/insights/demand': {
      get: {
        operationId: 'GetInsightsDemand',
        description:
          'Enrolments and completions per week by format and kind, searches that found nothing and entity pages that had no material to show. Figures about people only where 5 or more. For `learning.insights.read`.',
        security: [
          {},
          {
            JWT: [],
          },
        ],
        parameters: [
          {
            $ref: '#/components/parameters/insightsWeeks',
          },
        ],
        responses: {
          '200': {
            description: 'The demand.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/LearningDemand',
                },
              },
            },
          },
          default: {
            $ref: '#/components/responses/ErrorResponse',
          },
        },
      },
    },
  },
} as const;

export const createOpenApiRouter = async (
  options?: Parameters<typeof createValidatedOpenApiRouter>['1'],
) => createValidatedOpenApiRouter<typeof spec>(spec, options);
