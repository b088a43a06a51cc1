import { loadCharts, shippedCsv } from './state/early-loads.ts';
import './app.css';

// Start the claims (and, for a chart URL, the chart code) downloading alongside the app itself.
void shippedCsv().catch(() => {});
if (new URLSearchParams(location.search).get('view') === 'metric') void loadCharts();

const modules = Promise.all([import('svelte'), import('./components/App.svelte')]);
// The first number formatter a page creates loads ICU's locale data (~20 ms, measured in Chromium);
// every later one is cheap. Pay that now, while the main thread waits for the code above, rather
// than inside the first chart's render (its axis labels and description format every number).
new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(0.5);
const [{ mount }, { default: App }] = await modules;
const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
mount(App, { target });
