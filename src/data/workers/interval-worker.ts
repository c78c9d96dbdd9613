// Monte Carlo draws off the main thread: the page stays responsive while 10,000 draws run.
import { answer, type IntervalRequest } from './interval-answer';

self.onmessage = (event: MessageEvent<IntervalRequest>) => self.postMessage(answer(event.data));
