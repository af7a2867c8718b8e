import './styles/theme.css';
import './styles/page.css';
import './components/timeline-chart';
import { buildModel } from './data/timeline-model';
import type { TimelineData } from './data/types';
import { syncList } from './list/list-sync';

// The composition root: the only module that reads the page. The data was validated at
// build time and sits in the HTML, so it is ready without a request.
const data = JSON.parse(document.getElementById('timeline-data')?.textContent ?? '{"events":[]}') as TimelineData;
const chart = document.querySelector('timeline-chart');
const scroller = document.querySelector<HTMLElement>('.list-scroll');
if (chart) {
  chart.model = buildModel(data);
  if (scroller) syncList(scroller, chart);
}
