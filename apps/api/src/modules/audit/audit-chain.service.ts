import { Injectable } from '@nestjs/common';
import { AuditChainVerifier } from '@app/domain';
import { AuditRepository } from './audit.repository';
import type { ChainVerificationResponse } from './dto/audit-event-response.dto';

const PAGE_SIZE = 1000;

@Injectable()
export class AuditChainService {
  constructor(private readonly repository: AuditRepository) {}

  /** Walks the whole log in id order, a page at a time, and stops at the first break. */
  async verify(): Promise<ChainVerificationResponse> {
    const verifier = new AuditChainVerifier();
    let afterId = '0';
    for (;;) {
      const page = await this.repository.chainPage(afterId, PAGE_SIZE);
      for (const event of page) {
        const broken = verifier.check(event);
        if (broken) return { valid: false, checked: verifier.checked, firstBrokenId: broken.id, reason: broken.reason };
      }
      if (page.length < PAGE_SIZE) return { valid: true, checked: verifier.checked, firstBrokenId: null, reason: null };
      afterId = page[page.length - 1].id;
    }
  }
}
