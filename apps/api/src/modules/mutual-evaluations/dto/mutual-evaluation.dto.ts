import { ApiProperty } from '@nestjs/swagger';
import { IsEnum, IsUUID } from 'class-validator';
import { Rating } from '@app/domain';
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
