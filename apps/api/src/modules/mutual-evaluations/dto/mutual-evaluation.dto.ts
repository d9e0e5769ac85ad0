import { ApiProperty } from '@nestjs/swagger';
import { IsEnum, IsUUID } from 'class-validator';
import { Rating } from '@app/domain';
import { RefDto } from '../../../common/dto/ref.dto';
import { IsPlainText } from '../../../common/validation/decorators';
import { MutualEvaluationStatus } from '../mutual-evaluation.entities';

export class OpenMutualEvaluationDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() roundId!: string;
  @ApiProperty({ example: '主题教育办' }) @IsPlainText(100) groupLabel!: string;
}

export class RateColleagueDto {
  @ApiProperty({ format: 'uuid', description: 'the assessment of the colleague rated' }) @IsUUID() assessmentId!: string;
  @ApiProperty({ enum: Rating, enumName: 'Rating' }) @IsEnum(Rating) rating!: Rating;
}

export class MutualEvaluationResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) roundId!: string;
  @ApiProperty() groupLabel!: string;
  @ApiProperty({ enum: MutualEvaluationStatus, enumName: 'MutualEvaluationStatus' }) status!: MutualEvaluationStatus;
  @ApiProperty({ type: [String], description: 'the assessments of the group' }) members!: string[];
  @ApiProperty() version!: number;
}

/** A cadre of a group, by their assessment in the round. */
export class GroupMemberDto {
  @ApiProperty({ format: 'uuid' }) assessmentId!: string;
  @ApiProperty({ type: RefDto }) cadre!: RefDto;
  @ApiProperty({ type: RefDto }) hostUnit!: RefDto;
}

/** How far an opened evaluation has come: counts only, never who gave what. */
export class MutualEvaluationProgressDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: MutualEvaluationStatus, enumName: 'MutualEvaluationStatus' }) status!: MutualEvaluationStatus;
  @ApiProperty({ description: 'members who have rated at least one colleague' }) raters!: number;
  @ApiProperty({ description: 'ratings given' }) ratings!: number;
  @ApiProperty({ description: 'ratings the group gives when everyone rates everyone else: n × (n − 1)' }) expectedRatings!: number;
  @ApiProperty() version!: number;
}

export class MutualEvaluationGroupResponse {
  @ApiProperty({ example: '主题教育办' }) groupLabel!: string;
  @ApiProperty({ type: [GroupMemberDto] }) members!: GroupMemberDto[];
  @ApiProperty({ type: MutualEvaluationProgressDto, nullable: true, description: 'null until opened' }) evaluation!: MutualEvaluationProgressDto | null;
}

export class RoundMutualEvaluationsResponse {
  @ApiProperty({ type: [MutualEvaluationGroupResponse], description: 'the groups of the round whose cadres are scored by mutual evaluation' })
  groups!: MutualEvaluationGroupResponse[];
  @ApiProperty({ type: [GroupMemberDto], description: 'cadres scored by mutual evaluation whose secondment names no group: they cannot be evaluated until it does' })
  ungrouped!: GroupMemberDto[];
}

export class ColleagueDto {
  @ApiProperty({ format: 'uuid', description: 'the assessment to rate' }) assessmentId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() hostUnit!: string;
  @ApiProperty({ description: 'already rated by me' }) rated!: boolean;
}

export class MyMutualEvaluationResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() roundName!: string;
  @ApiProperty() groupLabel!: string;
  @ApiProperty({ type: [ColleagueDto], description: 'everyone of the group but me' }) colleagues!: ColleagueDto[];
}
