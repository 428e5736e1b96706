import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { createEffect, onCleanup, onMount } from 'solid-js';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export type ChartOption = echarts.EChartsCoreOption;

/** An ECharts chart (SVG, no network) that follows its option and its container's size. */
export function Chart(props: { option: ChartOption; label: string; height?: number }) {
  let el!: HTMLDivElement;
  let chart: echarts.ECharts | undefined;
  // Created once the element has a size: a chart laid out at 0×0 (inside a pending Suspense, a
  // hidden tab) keeps misplaced legends and labels.
  onMount(() => {
    const resize = new ResizeObserver(() => {
      if (!el.clientWidth || !el.clientHeight) return;
      if (chart) return chart.resize();
      chart = echarts.init(el, undefined, { renderer: 'svg' });
      chart.setOption(props.option, true);
    });
    resize.observe(el);
    onCleanup(() => {
      resize.disconnect();
      chart?.dispose();
    });
  });
  createEffect(() => {
    const option = props.option;
    chart?.setOption(option, true);
  });
  return <div ref={el} class="chart" role="img" aria-label={props.label} style={{ height: `${props.height ?? 260}px` }} />;
}
