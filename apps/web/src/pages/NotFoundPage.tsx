import { Button, Result } from 'antd';
import { useNavigate } from 'react-router';

export function NotFoundPage() {
  const navigate = useNavigate();
  return <Result status="404" title="页面不存在" subTitle="该页面不存在，或当前账号无权访问。" extra={<Button type="primary" onClick={() => navigate('/')}>返回首页</Button>} />;
}
