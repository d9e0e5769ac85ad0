import { Button, Result } from 'antd';

/**
 * What a page that failed to load or to render shows: most often a page's file from
 * before a new version was deployed, which a reload fetches anew.
 */
export function RouteError() {
  return (
    <Result
      status="warning"
      title="页面加载失败"
      subTitle="系统可能已经更新，或网络中断。请刷新页面后重试。"
      extra={
        <Button type="primary" onClick={() => window.location.reload()}>
          刷新页面
        </Button>
      }
    />
  );
}
