import { DomainError, DomainErrorCode, RESOURCE_NOUNS, type Resource } from './domain-error';

const RESOURCES = Object.keys(RESOURCE_NOUNS) as Resource[];

describe('DomainError.conflict', () => {
  it('keeps the English message and puts the Chinese reason in details.inChinese', () => {
    const error = DomainError.conflict('the round is CALIBRATION; certifiers are set before calibration', '本轮考核当前处于“校准中”状态，双出具的认定单位须在进入校准前设定');
    expect(error).toBeInstanceOf(DomainError);
    expect(error.code).toBe(DomainErrorCode.Conflict);
    expect(error.message).toBe('the round is CALIBRATION; certifiers are set before calibration');
    expect(error.details).toEqual({ inChinese: '本轮考核当前处于“校准中”状态，双出具的认定单位须在进入校准前设定' });
  });

  it('keeps the other details, a field among them, beside the Chinese reason', () => {
    const error = DomainError.conflict('batch 2023 is closed', '历练批次“2023”已结束', { field: 'batchId', rule: 'OPEN_BATCH' });
    expect(error.details).toEqual({ field: 'batchId', rule: 'OPEN_BATCH', inChinese: '历练批次“2023”已结束' });
  });

  it('takes the Chinese reason as its own argument, never inside the details', () => {
    // @ts-expect-error: `inChinese` is conflict's second argument.
    const error = DomainError.conflict('x', '甲', { inChinese: '乙' });
    // And should a caller slip it past the compiler, the argument still wins.
    expect(error.details?.inChinese).toBe('甲');
  });
});

describe('DomainError.notFound', () => {
  it('names the resource in English and in Chinese, without saying whether it exists', () => {
    const error = DomainError.notFound('assessment', 'a-1');
    expect(error.code).toBe(DomainErrorCode.NotFound);
    expect(error.message).toBe('assessment a-1 not found');
    expect(error.details).toEqual({ resource: 'assessment', id: 'a-1', inChinese: '未找到该考核，或无权查看' });
  });

  it.each(RESOURCES)('%s has a Chinese noun', (resource) => {
    expect(RESOURCE_NOUNS[resource]).toMatch(/^[\u4e00-\u9fff（）]+$/);
    const inChinese = DomainError.notFound(resource, 'id-1').details?.inChinese;
    expect(inChinese).toBe(`未找到该${RESOURCE_NOUNS[resource]}，或无权查看`);
    expect(inChinese).not.toMatch(/[A-Za-z]/);
  });
});

describe('DomainError.versionConflict', () => {
  it('says in Chinese that someone else changed the record', () => {
    const error = DomainError.versionConflict('round', 'r-1');
    expect(error.code).toBe(DomainErrorCode.VersionConflict);
    expect(error.message).toBe('round r-1 was changed by someone else; reload it and try again');
    expect(error.details).toEqual({ resource: 'round', id: 'r-1', inChinese: '该考核轮次已被他人修改，请刷新后重试' });
  });

  it.each(RESOURCES)('%s', (resource) => {
    expect(DomainError.versionConflict(resource, 'id-1').details?.inChinese).toBe(`该${RESOURCE_NOUNS[resource]}已被他人修改，请刷新后重试`);
  });
});

describe('field errors', () => {
  it('invalidInput keeps its Chinese beside the field, not as a general reason', () => {
    const error = DomainError.invalidInput('date', 'cannot be in the future', '不能晚于今天');
    expect(error.code).toBe(DomainErrorCode.InvalidInput);
    expect(error.message).toBe('date cannot be in the future');
    expect(error.details).toEqual({
      fields: [{ field: 'date', errors: ['cannot be in the future'], inChinese: ['不能晚于今天'] }],
    });
  });

  it('invalidInput takes a problem already in Chinese twice, so every field error has its Chinese', () => {
    expect(DomainError.invalidInput('endDate', '结束日期早于开始日期', '结束日期早于开始日期').details).toEqual({
      fields: [{ field: 'endDate', errors: ['结束日期早于开始日期'], inChinese: ['结束日期早于开始日期'] }],
    });
  });

  it('requires the Chinese of invalidInput and of each invalidFields problem', () => {
    // @ts-expect-error: `inChinese` is required.
    const bare = DomainError.invalidInput('name', 'is taken');
    // A caller the compiler did not check: no `inChinese: [undefined]`, which would reach the console as null.
    expect(bare.details).toEqual({ fields: [{ field: 'name', errors: ['is taken'] }] });
    // @ts-expect-error: each problem needs its `inChinese`.
    expect(DomainError.invalidFields([{ field: 'name', message: 'is taken' }]).details).toEqual({ fields: [{ field: 'name', errors: ['is taken'] }] });
  });

  it('invalidFields keeps each field its own Chinese, in order, and summarizes them in English', () => {
    const error = DomainError.invalidFields([
      { field: 'startDate', message: 'is not a date', inChinese: '开始日期不是有效日期' },
      { field: 'endDate', message: 'is not a date', inChinese: '结束日期不是有效日期' },
    ]);
    expect(error.code).toBe(DomainErrorCode.InvalidInput);
    expect(error.message).toBe('Invalid input: startDate (is not a date), endDate (is not a date)');
    expect(error.details).toEqual({
      fields: [
        { field: 'startDate', errors: ['is not a date'], inChinese: ['开始日期不是有效日期'] },
        { field: 'endDate', errors: ['is not a date'], inChinese: ['结束日期不是有效日期'] },
      ],
    });
  });
});

describe('DomainError.unknownReference', () => {
  it('names the field and the id in English and the record in Chinese', () => {
    const error = DomainError.unknownReference('hostUnitId', 'unit', 'u-1');
    expect(error.code).toBe(DomainErrorCode.InvalidInput);
    expect(error.message).toBe('hostUnitId refers to no unit (u-1)');
    expect(error.details).toEqual({
      fields: [{ field: 'hostUnitId', errors: ['refers to no unit (u-1)'], inChinese: ['所选单位不存在，请刷新后重新选择'] }],
    });
  });

  it.each(RESOURCES)('%s', (resource) => {
    const fields = DomainError.unknownReference('someId', resource, 'id-1').details?.fields as { inChinese: string[] }[];
    expect(fields[0].inChinese).toEqual([`所选${RESOURCE_NOUNS[resource]}不存在，请刷新后重新选择`]);
    expect(fields[0].inChinese[0]).not.toMatch(/[A-Za-z]/);
  });
});
