import { PrinterOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, InputNumber, Modal, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { api } from '../api/client';
import { describeError } from '../api/errors';
import type { components } from '../api/schema';
import { useLoad } from '../api/useLoad';
import { FormModal } from './FormModal';

type Row = components['schemas']['ScoreSheetRowResponse'];
type Session = components['schemas']['BallotSessionResponse'];

/**
 * 民主测评: for each cadre whose 3.1 draws on ballots, the evaluations held, started with
 * a number of voters (the one-time codes then printed as slips with QR codes, shown only
 * this once) and closed when voting ends.
 */
export function BallotSessions({ roundId, editable }: { roundId: string; editable: boolean }) {
  const sheet = useLoad(() => api.GET('/api/rounds/{id}/score-sheet', { params: { path: { id: roundId } } }), [roundId]);
  const rows = (sheet.data ?? []).filter((row) => row.score.subItems.some((s) => s.sources.includes('BALLOTS')));
  const [printing, setPrinting] = useState<{ cadre: string; codes: string[] } | null>(null);
  return (
    <>
      {sheet.error && <Alert type="error" showIcon title={sheet.error} style={{ marginBottom: 16 }} />}
      <Table<Row>
        rowKey="id"
        size="small"
        loading={sheet.loading}
        dataSource={rows}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: '本轮没有需要民主测评的干部' }}
        expandable={{ expandedRowRender: (row) => <Sessions assessment={row} editable={editable} onCodes={(codes) => setPrinting({ cadre: row.cadre.name, codes })} />, rowExpandable: () => true }}
        columns={[
          { title: '姓名', width: 110, render: (_, row) => row.cadre.name },
          { title: '挂职单位', render: (_, row) => row.hostUnit.name },
          { title: '类别', width: 130, render: (_, row) => <Tag>{row.categoryLabel}</Tag> },
          { title: '3.1 民主评议', width: 200, render: (_, row) => row.score.subItems.find((s) => s.code === '3.1')?.explanation ?? '—' },
        ]}
      />
      {printing && <PrintSlips {...printing} onClose={() => setPrinting(null)} />}
    </>
  );
}

function Sessions({ assessment, editable, onCodes }: { assessment: Row; editable: boolean; onCodes: (codes: string[]) => void }) {
  const { message } = App.useApp();
  const sessions = useLoad(() => api.GET('/api/assessments/{id}/ballot-sessions', { params: { path: { id: assessment.id } } }), [assessment.id]);
  const [starting, setStarting] = useState(false);
  const open = (sessions.data ?? []).some((s) => s.status === 'OPEN');
  const close = async (session: Session) => {
    const { data, error, response } = await api.POST('/api/ballot-sessions/{id}/close', { params: { path: { id: session.id } } });
    if (data) message.success(`测评已结束：应到 ${data.tally.expectedVoters} 人，实到 ${data.tally.cast} 人`);
    else message.error(describeError(response.status, error));
    sessions.reload();
  };
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {editable && !open && (
        <Button type="primary" size="small" onClick={() => setStarting(true)}>
          发起民主测评
        </Button>
      )}
      <Table<Session>
        rowKey="id"
        size="small"
        loading={sessions.loading}
        dataSource={sessions.data ?? []}
        pagination={false}
        locale={{ emptyText: '尚未发起测评' }}
        columns={[
          { title: '状态', width: 90, render: (_, s) => (s.status === 'OPEN' ? <Tag color="processing">投票中</Tag> : <Tag>已结束</Tag>) },
          { title: '应到', width: 70, render: (_, s) => s.tally.expectedVoters },
          { title: '实到', width: 70, render: (_, s) => s.tally.cast },
          { title: '优秀', width: 70, render: (_, s) => s.tally.counts.EXCELLENT },
          { title: '称职', width: 70, render: (_, s) => s.tally.counts.COMPETENT },
          { title: '基本称职', width: 90, render: (_, s) => s.tally.counts.BASICALLY_COMPETENT },
          { title: '不称职', width: 80, render: (_, s) => s.tally.counts.INCOMPETENT },
          { title: '废票', width: 70, render: (_, s) => s.tally.invalid },
          {
            title: '操作',
            render: (_, s) =>
              editable &&
              s.status === 'OPEN' && (
                <Popconfirm title="结束本次测评？" description="结束后不再接受投票。" okText="结束" cancelText="取消" onConfirm={() => close(s)}>
                  <Button size="small">结束测评</Button>
                </Popconfirm>
              ),
          },
        ]}
      />
      {starting && (
        <Start
          assessment={assessment}
          onClose={(codes) => {
            setStarting(false);
            if (codes) {
              sessions.reload();
              onCodes(codes);
            }
          }}
        />
      )}
    </Space>
  );
}

function Start({ assessment, onClose }: { assessment: Row; onClose: (codes?: string[]) => void }) {
  const [form] = Form.useForm<{ expectedVoters: number }>();
  return (
    <FormModal
      title={`发起民主测评：${assessment.cadre.name}`}
      okText="生成投票码"
      form={form}
      send={({ expectedVoters }) => api.POST('/api/ballot-sessions', { body: { assessmentId: assessment.id, expectedVoters } })}
      onDone={(session) => onClose(session.codes)}
      onCancel={() => onClose()}
    >
      <Form.Item label="参评人数（每人一个投票码）" name="expectedVoters" rules={[{ required: true, message: '请填写参评人数' }]}>
        <InputNumber min={1} max={500} precision={0} style={{ width: 160 }} />
      </Form.Item>
    </FormModal>
  );
}

/** The codes as slips to cut out: each with its QR code (the voters' page with the code filled in). Shown only now. */
function PrintSlips({ cadre, codes, onClose }: { cadre: string; codes: string[]; onClose: () => void }) {
  const [images, setImages] = useState<Record<string, string>>({});
  useEffect(() => {
    void Promise.all(codes.map(async (code) => [code, await QRCode.toDataURL(`${window.location.origin}/vote#code=${encodeURIComponent(code)}`, { margin: 1, width: 120 })] as const)).then(
      (pairs) => setImages(Object.fromEntries(pairs)),
    );
  }, [codes]);
  return (
    <Modal
      open
      width={760}
      title={`民主评议投票码：${cadre}（共 ${codes.length} 张）`}
      onCancel={onClose}
      footer={[
        <Button key="print" type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
          打印
        </Button>,
        <Button key="close" onClick={onClose}>
          关闭
        </Button>,
      ]}
    >
      <Alert type="warning" showIcon title="投票码只显示这一次，请现在打印或保存。" style={{ marginBottom: 16 }} />
      <div className="ballot-slips" data-testid="ballot-slips">
        {codes.map((code) => (
          <div key={code} className="ballot-slip">
            {images[code] && <img src={images[code]} alt={`投票码 ${code} 的二维码`} width={120} height={120} />}
            <Typography.Text strong style={{ fontSize: 16, letterSpacing: 1 }}>
              {code}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              扫码或访问 /vote 输入投票码
            </Typography.Text>
          </div>
        ))}
      </div>
    </Modal>
  );
}
