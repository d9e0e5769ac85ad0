/**
 * Two small SVG charts, enough for the leader's dashboard and a dossier's trend, without
 * a charting library. Each carries its numbers as text too (titles on hover, labels).
 */

export interface Series {
  key: string;
  label: string;
  color: string;
}

/** Bars per group, each stacked from the series' values (e.g. grades per category). */
export function StackedBars({ groups, series, values, title }: { groups: string[]; series: Series[]; values: (group: string, key: string) => number; title: string }) {
  const width = 640;
  const barWidth = 48;
  const height = 240;
  const top = 16;
  const bottom = 40;
  const gap = groups.length > 0 ? (width - 60) / groups.length : 0;
  const max = Math.max(1, ...groups.map((g) => series.reduce((sum, s) => sum + values(g, s.key), 0)));
  const scale = (n: number) => (n / max) * (height - top - bottom);
  return (
    <figure style={{ margin: 0 }}>
      <svg role="img" aria-label={title} viewBox={`0 0 ${width} ${height}`} style={{ width: '100%', maxWidth: width }}>
        <line x1={40} y1={height - bottom} x2={width} y2={height - bottom} stroke="#d9d9d9" />
        {groups.map((group, i) => {
          const x = 60 + i * gap + (gap - barWidth) / 2 - 20;
          let y = height - bottom;
          const total = series.reduce((sum, s) => sum + values(group, s.key), 0);
          return (
            <g key={group}>
              {series.map((s) => {
                const n = values(group, s.key);
                if (n === 0) return null;
                const h = scale(n);
                y -= h;
                return (
                  <rect key={s.key} x={x} y={y} width={barWidth} height={h} fill={s.color}>
                    <title>{`${group} ${s.label}：${n} 人`}</title>
                  </rect>
                );
              })}
              <text x={x + barWidth / 2} y={y - 4} textAnchor="middle" fontSize={12}>
                {total}
              </text>
              <text x={x + barWidth / 2} y={height - bottom + 18} textAnchor="middle" fontSize={12}>
                {group}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption style={{ display: 'flex', gap: 16, justifyContent: 'center', fontSize: 12 }}>
        {series.map((s) => (
          <span key={s.key}>
            <span style={{ display: 'inline-block', width: 10, height: 10, background: s.color, marginRight: 4 }} />
            {s.label}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}

/** A line through points in order (e.g. a cadre's totals over rounds), each labelled. */
export function LineChart({ points, title, min = 0, max = 100 }: { points: { label: string; value: number }[]; title: string; min?: number; max?: number }) {
  const width = 640;
  const height = 220;
  const left = 40;
  const right = 20;
  const top = 20;
  const bottom = 40;
  const step = points.length > 1 ? (width - left - right) / (points.length - 1) : 0;
  const x = (i: number) => (points.length > 1 ? left + i * step : width / 2);
  const y = (v: number) => top + (1 - (v - min) / Math.max(1, max - min)) * (height - top - bottom);
  return (
    <svg role="img" aria-label={title} viewBox={`0 0 ${width} ${height}`} style={{ width: '100%', maxWidth: width }}>
      <line x1={left} y1={height - bottom} x2={width - right} y2={height - bottom} stroke="#d9d9d9" />
      <polyline fill="none" stroke="#b3261e" strokeWidth={2} points={points.map((p, i) => `${x(i)},${y(p.value)}`).join(' ')} />
      {points.map((p, i) => (
        <g key={`${p.label}-${i}`}>
          <circle cx={x(i)} cy={y(p.value)} r={4} fill="#b3261e">
            <title>{`${p.label}：${p.value}`}</title>
          </circle>
          <text x={x(i)} y={y(p.value) - 8} textAnchor="middle" fontSize={12}>
            {p.value}
          </text>
          <text x={x(i)} y={height - bottom + 18} textAnchor="middle" fontSize={11}>
            {p.label.length > 14 ? `${p.label.slice(0, 13)}…` : p.label}
          </text>
        </g>
      ))}
    </svg>
  );
}
