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
  onMount(() => {
    chart = echarts.init(el, undefined, { renderer: 'svg' });
    const resize = new ResizeObserver(() => chart?.resize());
    resize.observe(el);
    onCleanup(() => {
      resize.disconnect();
      chart?.dispose();
    });
  });
  createEffect(() => chart?.setOption(props.option, true));
  return <div ref={el} class="chart" role="img" aria-label={props.label} style={{ height: `${props.height ?? 260}px` }} />;
}
