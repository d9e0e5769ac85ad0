import { ApiExtraModels, ApiProperty, getSchemaPath } from '@nestjs/swagger';
import { resolveSubItems, type ScoreResult, ScoreSource, SecondmentCategory, toPoints } from '@app/domain';
import type { RubricVersion } from '../rubric-version.entity';
import { RubricStatus } from '../rubric-version.entity';
import { RubricDefinitionDto, SourceShareDto, toDefinitionDto } from './rubric-definition.dto';

export class RubricSummaryResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: RubricStatus, enumName: 'RubricStatus' }) status!: RubricStatus;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) basedOnId!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) publishedAt!: string | null;
  @ApiProperty() version!: number;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;
}

export class ResolvedSubItemResponse {
  @ApiProperty() itemCode!: string;
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty() maxPoints!: number;
  @ApiProperty({ type: [SourceShareDto] }) sources!: SourceShareDto[];
}

// Referenced from `categories` by $ref only, so registered here for the document to hold it.
@ApiExtraModels(ResolvedSubItemResponse)
export class RubricResponse extends RubricSummaryResponse {
  @ApiProperty({ type: RubricDefinitionDto }) definition!: RubricDefinitionDto;
  @ApiProperty({
    description: 'each category’s sub-items after its variant, with names and sources',
    type: 'object',
    additionalProperties: { type: 'array', items: { $ref: getSchemaPath(ResolvedSubItemResponse) } },
  })
  categories!: Record<SecondmentCategory, ResolvedSubItemResponse[]>;
}

export function toRubricSummary(r: RubricVersion): RubricSummaryResponse {
  return {
    id: r.id,
    name: r.name,
    status: r.status,
    basedOnId: r.basedOnId,
    publishedAt: r.publishedAt?.toISOString() ?? null,
    version: r.version,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

export function toRubricResponse(r: RubricVersion): RubricResponse {
  const categories = Object.fromEntries(
    Object.values(SecondmentCategory).map((category) => [
      category,
      resolveSubItems(r.definition, category).map((s) => ({ itemCode: s.itemCode, code: s.code, name: s.name, maxPoints: toPoints(s.maxPoints), sources: s.sources })),
    ]),
  ) as Record<SecondmentCategory, ResolvedSubItemResponse[]>;
  return { ...toRubricSummary(r), definition: toDefinitionDto(r.definition), categories };
}

export class SubItemScoreResponse {
  @ApiProperty() itemCode!: string;
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty() maxPoints!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'null when an input is missing or out of range' }) points!: number | null;
  @ApiProperty({ enum: ScoreSource, isArray: true }) sources!: ScoreSource[];
  @ApiProperty({ example: '民主评议：优秀 30、称职 10…' }) explanation!: string;
}

export class ItemScoreResponse {
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty() maxPoints!: number;
  @ApiProperty({ type: Number, nullable: true }) points!: number | null;
}

export class ScoreProblemResponse {
  @ApiProperty() subItem!: string;
  @ApiProperty() message!: string;
}

export class ScoreResponse {
  @ApiProperty({ type: [SubItemScoreResponse] }) subItems!: SubItemScoreResponse[];
  @ApiProperty({ type: [ItemScoreResponse] }) items!: ItemScoreResponse[];
  @ApiProperty({ type: Number, nullable: true, description: 'null until every sub-item has a score' }) total!: number | null;
  @ApiProperty({ type: [ScoreProblemResponse] }) problems!: ScoreProblemResponse[];
}

const p = (h: number | null) => (h === null ? null : toPoints(h));

export function toScoreResponse(result: ScoreResult): ScoreResponse {
  return {
    subItems: result.subItems.map((s) => ({ ...s, maxPoints: toPoints(s.maxPoints), points: p(s.points) })),
    items: result.items.map((i) => ({ ...i, maxPoints: toPoints(i.maxPoints), points: p(i.points) })),
    total: p(result.total),
    problems: result.problems,
  };
}
