import { type ArgumentMetadata, Injectable, ParseUUIDPipe, type PipeTransform } from '@nestjs/common';
import { DomainError } from '@app/domain';

/**
 * A record's id in the path: a UUID, or a 400 that names the parameter (`id`, `cadreId`)
 * with the reason in Chinese, as a malformed field of a body gets (Nest's ParseUUIDPipe
 * names neither).
 */
@Injectable()
export class ParseIdPipe implements PipeTransform<string, Promise<string>> {
  private readonly uuid = new ParseUUIDPipe();

  async transform(value: string, metadata: ArgumentMetadata): Promise<string> {
    try {
      return (await this.uuid.transform(value, metadata)) as string;
    } catch {
      throw DomainError.invalidInput(metadata.data ?? 'id', 'must be a UUID', '链接中的记录编号格式不正确，请从列表中重新打开');
    }
  }
}
