import { mount } from 'svelte';
import App from './components/App.svelte';
import { loadCharts, loadFirstCharts, shippedClaims, warmChartFonts } from './state/early-loads.ts';
import './app.css';

// index.html preloads the claims; asking for them now hands the download over to the app.
void shippedClaims().catch(() => {});
// A metric view: its chart as drawn at build time, where it may be shown (index.html preloads
// them), and ECharts (preloaded at low priority) run once that is painted (TrendChart); ECharts
// run at once where no drawing can be shown: with something stored, or in a window narrower
// than every drawing.
if (new URLSearchParams(location.search).get('view') === 'metric') {
  void loadFirstCharts().then((charts) => {
    if (!charts.some((chart) => chart.width <= innerWidth)) void loadCharts();
  });
  warmChartFonts();
}

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
mount(App, { target });
