import { ApiProperty } from '@nestjs/swagger';
import { IsEnum } from 'class-validator';
import { Rating } from '@app/domain';
import { IsDateOnly, IsPlainText } from '../../../common/validation/decorators';
import type { ServiceInterview } from '../service-interview.entity';

export class CreateInterviewDto {
  @ApiProperty({ example: '郑州某某科技有限公司' }) @IsPlainText(100) intervieweeOrganization!: string;
  @ApiProperty({ example: '办公室主任' }) @IsPlainText(50) intervieweeRole!: string;
  @ApiProperty({ example: '2023-11-20' }) @IsDateOnly() date!: string;
  @ApiProperty({ example: '对其协调用地、用电问题的效率评价很高' }) @IsPlainText(2000) notes!: string;
  @ApiProperty({ enum: Rating, enumName: 'Rating', description: 'on the ballot scale' }) @IsEnum(Rating) rating!: Rating;
}

export class InterviewResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) assessmentId!: string;
  @ApiProperty() intervieweeOrganization!: string;
  @ApiProperty() intervieweeRole!: string;
  @ApiProperty() date!: string;
  @ApiProperty() notes!: string;
  @ApiProperty({ enum: Rating, enumName: 'Rating' }) rating!: Rating;
  @ApiProperty() version!: number;
}

export function toInterviewResponse(i: ServiceInterview): InterviewResponse {
  return {
    id: i.id,
    assessmentId: i.assessmentId,
    intervieweeOrganization: i.intervieweeOrganization,
    intervieweeRole: i.intervieweeRole,
    date: i.date,
    notes: i.notes,
    rating: i.rating,
    version: i.version,
  };
}
