import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

/** A series of a chart: its field in the data, its name and colour. */
export interface ChartSeries {
  key: string;
  name?: string;
  color: string;
}

/**
 * The charts of the insights: bars stacked per category, or lines over
 * weeks, with a grid, axes of whole numbers, a tooltip and a legend.
 */
export function FigureChart(props: {
  type: 'stacked-bars' | 'lines';
  data: Array<Record<string, string | number>>;
  /** The field of the data along the x axis. */
  x: string;
  series: ChartSeries[];
}) {
  const parts = [
    <CartesianGrid key="grid" strokeDasharray="3 3" />,
    <XAxis key="x" dataKey={props.x} />,
    <YAxis key="y" allowDecimals={false} />,
    <Tooltip key="tooltip" />,
    <Legend key="legend" />,
  ];
  return (
    <ResponsiveContainer
      width="100%"
      height="100%"
      initialDimension={{ width: 600, height: 280 }}
    >
      {props.type === 'lines' ? (
        <LineChart data={props.data}>
          {parts}
          {props.series.map(s => (
            <Line
              key={s.key}
              dataKey={s.key}
              name={s.name ?? s.key}
              stroke={s.color}
              dot
            />
          ))}
        </LineChart>
      ) : (
        <BarChart data={props.data}>
          {parts}
          {props.series.map(s => (
            <Bar
              key={s.key}
              dataKey={s.key}
              name={s.name ?? s.key}
              stackId="stack"
              fill={s.color}
            />
          ))}
        </BarChart>
      )}
    </ResponsiveContainer>
  );
}
