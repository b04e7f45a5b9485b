import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import {
  LEARNING_APPLICATION_STATES,
  LEARNING_EMBED_STATUSES,
  LEARNING_ENROLMENT_STATES,
  LEARNING_ENTITY_ASPECTS,
  LEARNING_FORMATS,
  LEARNING_FRESHNESS_STATES,
  LEARNING_LEVELS,
  LEARNING_LINK_RELATIONS,
  LEARNING_RESOURCE_KINDS,
} from '@tech-learning/backstage-plugin-learning-common';
import { spec } from './openapi/generated/router';

describe('openapi', () => {
  it('generated router.ts matches openapi.yaml (run yarn openapi:generate)', () => {
    const yaml = YAML.parse(
      fs.readFileSync(path.resolve(__dirname, 'openapi.yaml'), 'utf8'),
    );
    expect(spec).toEqual(yaml);
  });

  it('enums of the common package are those of the spec', () => {
    const schemas = spec.components.schemas;
    expect(schemas.LearningResourceKind.enum).toEqual(LEARNING_RESOURCE_KINDS);
    expect(schemas.LearningFormat.enum).toEqual(LEARNING_FORMATS);
    expect(schemas.LearningLevel.enum).toEqual(LEARNING_LEVELS);
    expect(schemas.LearningLinkRelation.enum).toEqual(LEARNING_LINK_RELATIONS);
    expect(schemas.LearningEmbedStatus.enum).toEqual(LEARNING_EMBED_STATUSES);
    expect(schemas.LearningApplicationState.enum).toEqual(
      LEARNING_APPLICATION_STATES,
    );
    expect(schemas.LearningEnrolmentState.enum).toEqual(
      LEARNING_ENROLMENT_STATES,
    );
    expect(schemas.LearningFreshnessState.enum).toEqual(
      LEARNING_FRESHNESS_STATES,
    );
    expect(schemas.LearningEntityChange.properties.aspects.items.enum).toEqual(
      LEARNING_ENTITY_ASPECTS,
    );
  });
});
