import { Body, Controller, Get, HttpCode, HttpStatus, Param, Put } from '@nestjs/common';
import { ParseIdPipe } from '../../common/validation/parse-id.pipe';
import { ApiConflictResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Permission } from '@app/domain';
import { CurrentSignedInActor, type SignedInActor } from '../../common/auth/actor';
import { RequirePermission } from '../../common/auth/route-access';
import { ErrorBody } from '../../common/errors/error-body';
import { CertificatesService } from './certificates.service';
import { CertificateResponse, IssueCertificateDto, SetCertifiersDto, toCertificateResponse } from './dto/certificate.dto';

@ApiTags('certificates')
@Controller()
export class CertificatesController {
  constructor(private readonly service: CertificatesService) {}

  @Put('rounds/:id/certifiers')
  @RequirePermission(Permission.RoundManage)
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'The certifying bodies (市专班, 区商务局) of the round’s investment cadres' })
  @ApiNoContentResponse()
  setCertifiers(@Param('id', ParseIdPipe) id: string, @Body() body: SetCertifiersDto, @CurrentSignedInActor() actor: SignedInActor): Promise<void> {
    return this.service.setCertifiers(actor, id, body.unitIds);
  }

  @Get('assessments/:id/certificates')
  @RequirePermission(Permission.AssessmentRead)
  @ApiOperation({ summary: 'The certificates of an investment cadre (a certifier sees its own)' })
  @ApiOkResponse({ type: [CertificateResponse] })
  async list(@Param('id', ParseIdPipe) id: string, @CurrentSignedInActor() actor: SignedInActor): Promise<CertificateResponse[]> {
    return (await this.service.list(actor, id)).map(toCertificateResponse);
  }

  @Put('assessments/:id/certificate')
  @RequirePermission(Permission.CertificateIssue)
  @ApiOperation({ summary: 'A certifier issues (or, with its version, revises) its certificate: results, appraisal, rating' })
  @ApiOkResponse({ type: CertificateResponse })
  @ApiConflictResponse({ type: ErrorBody, description: 'the round is past collection, or a stale version' })
  async issue(@Param('id', ParseIdPipe) id: string, @Body() body: IssueCertificateDto, @CurrentSignedInActor() actor: SignedInActor): Promise<CertificateResponse> {
    return toCertificateResponse(await this.service.issue(actor, id, body));
  }
}
