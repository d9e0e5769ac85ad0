import { Alert, Form, type FormInstance, type FormProps, Modal, type ModalProps } from 'antd';
import { type ReactNode, useRef, useState } from 'react';
import { describeError, fieldErrors } from '../api/errors';

/** What an openapi-fetch call answers. */
export interface Answer<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/**
 * A dialog around one form that sends one request. While it is sent the OK button
 * spins; a refusal puts the API's field errors beside their fields and its reason above
 * the form, and the dialog stays open; an answer closes it with what the API returned.
 */
export function FormModal<Values, T>({
  title,
  okText = '保存',
  okButtonProps,
  width,
  form,
  initialValues,
  send,
  onDone,
  onCancel,
  renamedFields,
  intro,
  onValuesChange,
  children,
}: {
  title: ReactNode;
  okText?: string;
  /** The OK button's own look and state (danger; disabled until what the form needs is read). */
  okButtonProps?: ModalProps['okButtonProps'];
  width?: number;
  form: FormInstance<Values>;
  initialValues?: FormProps<Values>['initialValues'];
  /** Sends the form's checked values; `null` when there is nothing to send (the dialog closes as cancelled). */
  send: (values: Values) => Promise<Answer<T> | null>;
  onDone: (data: T) => void;
  onCancel: () => void;
  /** API field names the form holds under other names (see fieldErrors). */
  renamedFields?: Readonly<Record<string, string>>;
  /** Shown above the form: a note, the state it changes. */
  intro?: ReactNode;
  /** As the Form's: a field that depends on another is set again when that one changes. */
  onValuesChange?: FormProps<Values>['onValuesChange'];
  children: ReactNode;
}) {
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Enter in a field submits the form too, busy or not: one request at a time.
  const sending = useRef(false);
  const submit = async (values: Values) => {
    if (sending.current) return;
    sending.current = true;
    setBusy(true);
    setProblem(null);
    try {
      const answer = await send(values);
      if (!answer) return onCancel();
      // An answer without a body (204 No Content) is a success too.
      if (answer.data !== undefined || answer.response.ok) return onDone(answer.data as T);
      form.setFields(fieldErrors<Values>(answer.error, renamedFields));
      setProblem(describeError(answer.response.status, answer.error));
    } catch {
      setProblem('无法连接服务器，请检查网络后重试');
    } finally {
      sending.current = false;
      setBusy(false);
    }
  };
  return (
    <Modal open title={title} okText={okText} okButtonProps={okButtonProps} width={width} confirmLoading={busy} onOk={() => form.submit()} onCancel={onCancel} destroyOnHidden>
      {intro}
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} />}
      <Form<Values> form={form} layout="vertical" initialValues={initialValues} onValuesChange={onValuesChange} onFinish={(values) => void submit(values)}>
        {children}
      </Form>
    </Modal>
  );
}
