// The ECharts option of a dashboard chart, built without the DOM (unit-tested with node --test).

const COLOURS = ['#1d4f91', '#00703c', '#912b88', '#b35c00', '#28a197', '#d4351c', '#505a5f'];

/**
 * The ECharts option of a chart.
 *
 * @param chart `{type: 'bar' | 'line', horizontal, data: {categories, values, suppressed}, format, description,
 *        suppressedMark}`
 */
export function chartOption(chart) {
  const { data } = chart;
  const categories = data.categories.map((c, i) => (data.suppressed[i] ? `${c} (${chart.suppressedMark})` : c));
  const values = data.values.map((v) => (v === null ? '-' : v));
  // a suppressed cell has no bar or point: its place is labelled "skyddad (< k)" by a series of its own, whose
  // items have no length
  const marks = data.suppressed.map((hidden) => (hidden ? 0 : '-'));
  const format = (params) => (params.value === '-' ? '' : chart.format(params.value));
  const categoryAxis = {
    type: 'category',
    data: categories,
    inverse: chart.horizontal === true,
    axisLabel: chart.horizontal
      ? { width: 180, overflow: 'truncate', color: '#0b0c0c', fontSize: 13 }
      : { color: '#0b0c0c', fontSize: 13, hideOverlap: true },
    axisTick: { alignWithLabel: true },
  };
  const valueAxis = {
    type: 'value',
    axisLabel: { color: '#0b0c0c', fontSize: 12, formatter: (v) => chart.format(v) },
    splitNumber: 4,
  };
  return {
    animation: false,
    color: COLOURS,
    textStyle: { fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif' },
    aria: { enabled: true, decal: { show: true }, label: { description: chart.description } },
    grid: { left: 8, right: 48, top: 16, bottom: 8, containLabel: true },
    xAxis: chart.horizontal ? valueAxis : categoryAxis,
    yAxis: chart.horizontal ? categoryAxis : valueAxis,
    series: [{
      type: chart.type,
      data: values,
      connectNulls: false,
      barMaxWidth: 32,
      label: { show: true, position: chart.horizontal ? 'right' : 'top', formatter: format, color: '#0b0c0c' },
      symbolSize: 8,
    }, ...(data.suppressed.some(Boolean) ? [{
      type: 'bar',
      data: marks,
      barGap: '-100%',
      silent: true,
      label: {
        show: true,
        position: chart.horizontal ? 'right' : 'top',
        formatter: () => chart.suppressedLabel,
        color: '#0b0c0c',
        fontStyle: 'italic',
      },
    }] : [])],
  };
}
