import { ApiProperty } from '@nestjs/swagger';
import { Education, Gender, maskNationalId, maskPhone, PoliticalStatus } from '@app/domain';
import { RefDto, refOf } from '../../../common/dto/ref.dto';
import { PageMeta } from '../../../common/paging/page';
import { SecondmentResponse } from '../../secondments/dto/secondment-response.dto';
import type { Cadre } from '../cadre.entity';
import type { CadreView } from '../cadres.repository';

export class CadreResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: Gender, enumName: 'Gender' }) gender!: Gender;
  @ApiProperty({ example: '1988-05-12' }) birthDate!: string;
  @ApiProperty() ethnicity!: string;
  @ApiProperty({ enum: PoliticalStatus, enumName: 'PoliticalStatus' }) politicalStatus!: PoliticalStatus;
  @ApiProperty({ enum: Education, enumName: 'Education' }) education!: Education;
  @ApiProperty({ type: RefDto }) homeUnit!: RefDto;
  @ApiProperty() position!: string;
  @ApiProperty({ type: String, nullable: true }) rank!: string | null;
  @ApiProperty({ description: 'in full for ORG_ADMIN and ORG_STAFF, masked (138****5678) for others' }) phone!: string;
  @ApiProperty({ description: 'in full for ORG_ADMIN and ORG_STAFF, masked (4101**********1234) for others' }) nationalId!: string;
  @ApiProperty({ type: [SecondmentResponse], description: 'the secondments the caller may see, newest first' })
  secondments!: SecondmentResponse[];
  @ApiProperty() version!: number;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;
}

/** Expects the homeUnit relation loaded. PII is masked unless `fullPii`. */
export function toCadreResponse(cadre: CadreView, secondments: SecondmentResponse[], fullPii: boolean): CadreResponse {
  return {
    id: cadre.id,
    name: cadre.name,
    gender: cadre.gender,
    birthDate: cadre.birthDate,
    ethnicity: cadre.ethnicity,
    politicalStatus: cadre.politicalStatus,
    education: cadre.education,
    homeUnit: refOf(cadre.homeUnit, cadre.homeUnitId),
    position: cadre.position,
    rank: cadre.rank,
    phone: fullPii ? cadre.phone : maskPhone(cadre.phone),
    nationalId: fullPii ? cadre.nationalId : maskNationalId(cadre.nationalId),
    secondments,
    version: cadre.version,
    createdAt: cadre.createdAt.toISOString(),
    updatedAt: cadre.updatedAt.toISOString(),
  };
}

/** What the audit log keeps of a cadre: the PII masked, so the log does not become a PII store. */
export function cadreAuditSnapshot(cadre: Cadre) {
  return {
    name: cadre.name,
    gender: cadre.gender,
    birthDate: cadre.birthDate,
    ethnicity: cadre.ethnicity,
    politicalStatus: cadre.politicalStatus,
    education: cadre.education,
    homeUnitId: cadre.homeUnitId,
    position: cadre.position,
    rank: cadre.rank,
    phone: maskPhone(cadre.phone),
    nationalId: maskNationalId(cadre.nationalId),
  };
}

export class CadrePage extends PageMeta {
  @ApiProperty({ type: [CadreResponse] }) items!: CadreResponse[];
}
