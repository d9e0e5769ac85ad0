import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsObject, IsUUID, ValidateNested } from 'class-validator';
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

export class RecommendationResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() groupLabel!: string;
  @ApiProperty({ description: '[{ assessmentId, rank, reason }]' }) ranking!: { assessmentId: string; rank: number; reason: string }[];
  @ApiProperty({ type: [String] }) recommended!: string[];
  @ApiProperty({ description: 'the most this group may recommend' }) share!: number;
  @ApiProperty() version!: number;
}

export function toRecommendationResponse(r: ComparativeRecommendation, share: number): RecommendationResponse {
  return { id: r.id, groupLabel: r.groupLabel, ranking: r.ranking, recommended: r.recommended, share, version: r.version };
}
