import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsObject, IsUUID, ValidateNested } from 'class-validator';
import { RefDto } from '../../../common/dto/ref.dto';
import { IsPlainText } from '../../../common/validation/decorators';
import type { ComparativeRecommendation } from '../comparative-recommendation.entity';

export class RankedCadreDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() assessmentId!: string;
  @ApiProperty({ example: '牵头征迁地块最多，推进最快' }) @IsPlainText(500) reason!: string;
}

export class RecordRecommendationDto {
  @ApiProperty({ example: '南站片区专班', description: 'the group label of the MAJOR_PROJECT secondments compared' }) @IsPlainText(100) groupLabel!: string;
  @ApiProperty({ type: [RankedCadreDto], description: 'every cadre of the group, best first' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => RankedCadreDto)
  ranking!: RankedCadreDto[];
  @ApiProperty({ type: [String], description: 'assessments recommended for Excellent, at most the group’s share of the quota' })
  @IsArray()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  recommended!: string[];
}

export class RankEntryDto {
  @ApiProperty({ format: 'uuid' }) assessmentId!: string;
  @ApiProperty({ description: '1 is the best of the group' }) rank!: number;
  @ApiProperty() reason!: string;
}

export class RecommendationResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() groupLabel!: string;
  @ApiProperty({ type: [RankEntryDto] }) ranking!: RankEntryDto[];
  @ApiProperty({ type: [String] }) recommended!: string[];
  @ApiProperty({ description: 'the most this group may recommend' }) share!: number;
  @ApiProperty({ description: 'when it was last recorded' }) recordedAt!: Date;
  @ApiProperty() version!: number;
}

export function toRecommendationResponse(r: ComparativeRecommendation, share: number): RecommendationResponse {
  return { id: r.id, groupLabel: r.groupLabel, ranking: r.ranking, recommended: r.recommended, share, recordedAt: r.updatedAt, version: r.version };
}

/** A cadre of a project group, by their assessment in the round. */
export class RecommendationMemberDto {
  @ApiProperty({ format: 'uuid' }) assessmentId!: string;
  @ApiProperty({ type: RefDto }) cadre!: RefDto;
  @ApiProperty({ type: RefDto }) hostUnit!: RefDto;
  @ApiProperty() post!: string;
}

export class RecommendationGroupResponse {
  @ApiProperty({ example: '南站片区专班' }) groupLabel!: string;
  @ApiProperty({ description: 'the most this group may recommend: its share of the quota, at least one' }) share!: number;
  @ApiProperty({ type: [RecommendationMemberDto] }) members!: RecommendationMemberDto[];
  @ApiProperty({ type: RecommendationResponse, nullable: true, description: 'null until recorded' }) recorded!: RecommendationResponse | null;
}

export class RoundRecommendationsResponse {
  @ApiProperty({ type: [RecommendationGroupResponse], description: 'the groups of the round whose cadres need a recommendation to be graded Excellent' })
  groups!: RecommendationGroupResponse[];
  @ApiProperty({ type: [RecommendationMemberDto], description: 'cadres needing a recommendation whose secondment names no group: none can be recommended until it does' })
  ungrouped!: RecommendationMemberDto[];
}
