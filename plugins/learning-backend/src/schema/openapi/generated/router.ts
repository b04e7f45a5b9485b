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
        additionalProperties: false,
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
        additionalProperties: false,
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
        additionalProperties: false,
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
          reviewIntervalDays: {
            type: 'integer',
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
        required: ['resource', 'relation', 'via'],
        additionalProperties: false,
        properties: {
          resource: {
            $ref: '#/components/schemas/LearningResource',
          },
          relation: {
            $ref: '#/components/schemas/LearningLinkRelation',
          },
          via: {
            type: 'string',
            enum: ['entity', 'system'],
          },
        },
      },
      EntityLearningSummary: {
        type: 'object',
        required: ['entityRef', 'items', 'smes', 'docs'],
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
        },
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
            name: 'q',
            in: 'query',
            required: false,
            description: 'Free text, matched against title, summary and tags.',
            schema: {
              type: 'string',
              maxLength: 200,
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
    },
    '/entities/{kind}/{namespace}/{name}/summary': {
      get: {
        operationId: 'GetEntitySummary',
        description:
          'Everything an entity page shows, in one request: the resources linked to the entity, and to its system, with their SMEs and docs.',
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
  },
} as const;

export const createOpenApiRouter = async (
  options?: Parameters<typeof createValidatedOpenApiRouter>['1'],
) => createValidatedOpenApiRouter<typeof spec>(spec, options);
