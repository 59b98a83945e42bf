// <folja-dashboard-chart>: one chart of the dashboard: its heading, the chart (Apache ECharts on a canvas, decal
// patterns on, a text alternative as the canvas's aria-label), the numbers as a table behind a toggle, and a link to
// the export API's CSV for the same parameters. A suppressed value is drawn as no bar and its category is marked
// "skyddad", never drawn as zero. Fires `chart-finished` once ECharts has finished drawing the data it was given.
// Light DOM, styled by folja.css and dashboard.css.
import { LitElement, html, nothing } from 'lit';
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { chartOption } from './chart-option.js';

// without AriaComponent ECharts ignores the `aria` option without a word (docs web.md)
echarts.use([BarChart, LineChart, GridComponent, AriaComponent, CanvasRenderer]);

export class FoljaDashboardChart extends LitElement {
  static properties = {
    chart: { attribute: false },
    t: { attribute: false },
  };

  constructor() {
    super();
    this.chart = null;
    this._instance = null;
    this._resize = null;
  }

  createRenderRoot() {
    return this;
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this._resize?.disconnect();
    this._instance?.dispose();
    this._instance = null;
  }

  updated(changed) {
    if (changed.has('chart') && this.chart) {
      this._draw();
    }
  }

  _draw() {
    const canvas = this.querySelector('.chart__canvas');
    const rows = this.chart.data.categories.length;
    // a horizontal bar per category needs its own room; CSSOM, allowed under the page's CSP
    canvas.style.height = `${this.chart.horizontal ? Math.max(160, rows * 34 + 48) : 280}px`;
    if (!this._instance) {
      this._instance = echarts.init(canvas, null, { renderer: 'canvas' });
      this._resize = new ResizeObserver(() => this._instance?.resize());
      this._resize.observe(canvas);
    } else {
      this._instance.resize();
    }
    const instance = this._instance;
    const finished = () => {
      instance.off('finished', finished);
      this.dataset.drawn = 'true';
      this.dispatchEvent(new CustomEvent('chart-finished', { bubbles: true, composed: true, detail: { key: this.chart.key } }));
    };
    delete this.dataset.drawn;
    instance.on('finished', finished);
    instance.setOption(chartOption(this.chart), true);
  }

  render() {
    const chart = this.chart;
    if (!chart) {
      return nothing;
    }
    const t = this.t;
    const id = `chart-${chart.key}`;
    return html`
      <section class="chart" aria-labelledby=${`${id}-title`} data-chart=${chart.key}>
        <h3 id=${`${id}-title`}>${chart.title}</h3>
        <p class="hint">${chart.intro}</p>
        ${chart.data.categories.length === 0 ? html`<p class="chart__empty">${t('noData')}</p>` : nothing}
        <div class="chart__canvas" id=${`${id}-canvas`}></div>
        <details class="chart__table">
          <summary>${t('showTable')}<span class="visually-hidden">${t('csvOf', chart.title)}</span></summary>
          <div class="table-wrapper">
            <table class="table">
              <caption>${chart.title}</caption>
              <thead><tr>${chart.table.columns.map((c, i) => html`<th scope="col" class=${i > 0 ? 'numeric' : ''}>${c}</th>`)}</tr></thead>
              <tbody>${chart.table.rows.map((row) => html`<tr>${row.map((value, i) => (i === 0
                ? html`<th scope="row">${value}</th>` : html`<td class="numeric">${value}</td>`))}</tr>`)}</tbody>
            </table>
          </div>
        </details>
        <p class="chart__download">
          <a class="chart__csv" href=${chart.csv} download=${chart.csvName}>${t('downloadCsv')}<span
            class="visually-hidden">${t('csvOf', chart.title)}</span></a>
        </p>
      </section>`;
  }
}

if (!customElements.get('folja-dashboard-chart')) {
  customElements.define('folja-dashboard-chart', FoljaDashboardChart);
}
