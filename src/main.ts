import { loadCharts, shippedCsv, warmChartFonts } from './state/early-loads.ts';
import './app.css';

// Start the claims (and, for a chart URL, the chart code) downloading alongside the app itself.
void shippedCsv().catch(() => {});
if (new URLSearchParams(location.search).get('view') === 'metric') {
  void loadCharts();
  // The main thread is idle until the code arrives: measure the chart's fonts meanwhile.
  warmChartFonts();
}

const [{ mount }, { default: App }] = await Promise.all([
  import('svelte'),
  import('./components/App.svelte'),
]);
const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
mount(App, { target });
