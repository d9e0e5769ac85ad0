import { ApiProperty } from '@nestjs/swagger';

/** A named reference to another object, so lists read without a second request. */
export class RefDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
}

export function refOf(entity: { id: string; name: string } | undefined, id: string): RefDto {
  return { id, name: entity?.name ?? '' };
}
