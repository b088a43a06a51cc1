import { mount } from 'svelte';
import App from './components/App.svelte';
import { loadCharts, shippedClaims, warmChartFonts } from './state/early-loads.ts';
import './app.css';

// index.html preloads the claims; asking for them now hands the download over to the app.
void shippedClaims().catch(() => {});
if (new URLSearchParams(location.search).get('view') === 'metric') {
  void loadCharts();
  warmChartFonts();
}

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
mount(App, { target });
