import type { FormInstance } from 'antd';

/** The API's error body (ErrorBody in the OpenAPI document). */
export interface ApiErrorBody {
  statusCode?: number;
  message?: string;
  /**
   * `fields[].inChinese`: the API's field errors in Chinese, where it has them (validation,
   * and the domain's own where written so); `field` and `inChinese`: a conflict about one
   * field (a name taken), and its reason in Chinese.
   */
  details?: { fields?: { field: string; errors: string[]; inChinese?: string[] }[]; field?: string; inChinese?: string; code?: string } & Record<string, unknown>;
}

/**
 * What a refused request means, in the words people use here: the API's reason in Chinese
 * where it gives one (`details.inChinese`), else the general meaning of the status with the
 * API's message after it (field errors also go beside their fields).
 */
export function describeError(status: number, error: unknown): string {
  const body = (error ?? {}) as ApiErrorBody;
  const general =
    status === 400 ? '填写的内容有误' :
    status === 401 ? '登录已失效，请重新登录' :
    status === 403 ? '当前账号无权进行此操作' :
    status === 404 ? '未找到该记录，或无权查看' :
    status === 409 ? '操作与当前状态冲突（可能已被他人修改，请刷新后重试）' :
    status === 413 ? '文件过大' :
    status === 429 ? '操作过于频繁，请稍后再试' :
    status >= 500 ? '服务暂时不可用，请稍后再试' : '请求未能完成';
  // Field errors in Chinese where the API has them (a form also shows each beside its field).
  const fields = body.details?.fields ?? [];
  if (fields.length > 0) return `${general}：${fields.flatMap((f) => f.inChinese ?? f.errors).join('；')}`;
  // The API's own reason in Chinese says what the general words would, and more precisely.
  if (body.details?.inChinese) return body.details.inChinese;
  return body.message ? `${general}：${body.message}` : general;
}

/**
 * The API's field errors as antd Form wants them (`items.0.name` or `items[0].name` → ['items', 0, 'name']),
 * so each message shows beside its field. `formFields` renames an API field the form
 * holds under another name (startDate and endDate in one range field: `{ startDate: 'period', endDate: 'period' }`).
 */
export function fieldErrors<Values>(error: unknown, formFields: Readonly<Record<string, string>> = {}): Parameters<FormInstance<Values>['setFields']>[0] {
  const details = ((error ?? {}) as ApiErrorBody).details;
  // A conflict about one field (a name already taken) shows beside it too.
  const conflict = details?.field && details.inChinese ? [{ field: details.field, errors: [details.inChinese], inChinese: [details.inChinese] }] : [];
  const fields = [...(details?.fields ?? []), ...conflict];
  // The API names the fields; the form's own type cannot check those names.
  return fields.map((f) => {
    // `items.0.name` and `items[0].name` alike.
    const path = f.field.replace(/\[(\d+)\]/g, '.$1').split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
    const renamed = formFields[String(path[0])];
    return { name: renamed ? [renamed, ...path.slice(1)] : path, errors: f.inChinese ?? f.errors };
  }) as Parameters<FormInstance<Values>['setFields']>[0];
}
