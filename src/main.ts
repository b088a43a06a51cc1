import { mount } from 'svelte';
import App from './components/App.svelte';
import { loadCharts, loadFirstCharts, shippedClaims, warmChartFonts } from './state/early-loads.ts';
import './app.css';

// index.html preloads the claims; asking for them now hands the download over to the app.
void shippedClaims().catch(() => {});
// A metric view: its chart as drawn at build time, if it is the one to show (index.html preloads
// them); ECharts (preloaded, compiled as it arrives) runs once that is painted.
if (new URLSearchParams(location.search).get('view') === 'metric') {
  void loadFirstCharts();
  warmChartFonts();
}

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
mount(App, { target });
