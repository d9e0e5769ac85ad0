import { ApiProperty } from '@nestjs/swagger';
import { IsEnum, IsInt, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { BallotChoice, BallotSessionStatus } from '../ballot.entities';

export class CreateBallotSessionDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() assessmentId!: string;
  @ApiProperty({ example: 42, description: 'how many people are to vote; as many one-time codes are made' }) @IsInt() @Min(1) @Max(2000) expectedVoters!: number;
}

export class CastBallotDto {
  @ApiProperty({ example: '7KQ2M-X9PAD' }) @IsString() @MaxLength(20) code!: string;
  @ApiProperty({ enum: BallotChoice, enumName: 'BallotChoice', description: '优秀 / 称职 / 基本称职 / 不称职, or INVALID (a spoiled ballot)' })
  @IsEnum(BallotChoice)
  choice!: BallotChoice;
}

/** One number per rating; every rating is always there. */
export class RatingNumbersResponse {
  @ApiProperty() EXCELLENT!: number;
  @ApiProperty() COMPETENT!: number;
  @ApiProperty() BASICALLY_COMPETENT!: number;
  @ApiProperty() INCOMPETENT!: number;
}

export class TallyResponse {
  @ApiProperty() expectedVoters!: number;
  @ApiProperty() cast!: number;
  @ApiProperty() invalid!: number;
  @ApiProperty({ type: RatingNumbersResponse, example: { EXCELLENT: 30, COMPETENT: 10, BASICALLY_COMPETENT: 2, INCOMPETENT: 0 } })
  counts!: RatingNumbersResponse;
  @ApiProperty({ type: RatingNumbersResponse, description: 'percent of valid ballots, two decimals' }) percentages!: RatingNumbersResponse;
  @ApiProperty() participationPercent!: number;
  @ApiProperty({ description: 'participation reached the round’s minimum: the ballots may feed 3.1' }) usable!: boolean;
}

export class BallotSessionResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) assessmentId!: string;
  @ApiProperty({ enum: BallotSessionStatus, enumName: 'BallotSessionStatus' }) status!: BallotSessionStatus;
  @ApiProperty() expectedVoters!: number;
  @ApiProperty({ type: TallyResponse }) tally!: TallyResponse;
  @ApiProperty() version!: number;
}

export class CreatedBallotSessionResponse extends BallotSessionResponse {
  @ApiProperty({ type: [String], description: 'the one-time codes, shown only now; print them (?format=xlsx) and hand one to each voter' })
  codes!: string[];
}
