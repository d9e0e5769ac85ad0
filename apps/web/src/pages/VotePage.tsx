import { Alert, Button, Card, Form, Input, Radio, Result, Typography } from 'antd';
import { useState } from 'react';
import { useLocation } from 'react-router';
import { RATING_LABELS, RATINGS } from '@app/domain/scoring/rubric';
import { api } from '../api/client';
import { describeError, fieldErrors } from '../api/errors';

interface BallotForm {
  code: string;
  choice: (typeof RATINGS)[number];
}

/**
 * 民主评议: a voter casts one anonymous ballot with the code on their slip (typed, or in
 * the link of its QR code: /vote#code=…, a fragment, which browsers do not send, so no
 * server log ever holds an unused code). No account; phone-sized first.
 */
export function VotePage() {
  const { hash } = useLocation();
  const [form] = Form.useForm<BallotForm>();
  const [state, setState] = useState<'open' | 'sending' | 'counted'>('open');
  const [problem, setProblem] = useState<string | null>(null);

  const cast = async (values: BallotForm) => {
    setState('sending');
    setProblem(null);
    const { data, error, response } = await api.POST('/api/ballots', { body: { code: values.code.trim().toUpperCase(), choice: values.choice } });
    if (data) return setState('counted');
    setState('open');
    if (response.status === 409) setProblem('该投票码无法使用：投票码有误、已经使用过，或本次测评已结束。');
    else {
      form.setFields(fieldErrors(error));
      setProblem(describeError(response.status, error));
    }
  };

  return (
    <div style={{ minHeight: '100vh', background: '#f5f5f5', padding: '24px 12px' }}>
      <Card style={{ maxWidth: 480, margin: '0 auto' }}>
        <Typography.Title level={4} style={{ textAlign: 'center' }}>
          挂职干部民主评议
        </Typography.Title>
        {state === 'counted' ? (
          <Result status="success" title="投票成功" subTitle="您的评议已计入，感谢参与。每个投票码只能使用一次。" />
        ) : (
          <>
            <Typography.Paragraph type="secondary">请输入评议票上的投票码，选择您的评议意见后提交。投票不记名，每个投票码只能使用一次。</Typography.Paragraph>
            {problem && <Alert type="error" showIcon title={problem} role="alert" style={{ marginBottom: 16 }} />}
            <Form<BallotForm> form={form} layout="vertical" initialValues={{ code: new URLSearchParams(hash.replace(/^#/, '')).get('code') ?? '' }} onFinish={(values) => void cast(values)} requiredMark={false}>
              <Form.Item label="投票码" name="code" rules={[{ required: true, whitespace: true, message: '请输入投票码' }]}>
                <Input size="large" placeholder="如 7KQ2M-X9PAD" autoComplete="off" autoCapitalize="characters" maxLength={20} />
              </Form.Item>
              <Form.Item label="评议意见" name="choice" rules={[{ required: true, message: '请选择评议意见' }]}>
                <Radio.Group size="large" style={{ display: 'flex', flexDirection: 'column', gap: 12 }}>
                  {RATINGS.map((rating) => (
                    <Radio key={rating} value={rating}>
                      {RATING_LABELS[rating]}
                    </Radio>
                  ))}
                </Radio.Group>
              </Form.Item>
              <Button type="primary" htmlType="submit" size="large" block loading={state === 'sending'}>
                提交评议
              </Button>
            </Form>
          </>
        )}
      </Card>
    </div>
  );
}
