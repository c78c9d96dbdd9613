// The app fetches the English words when someone switches to English; Node tests have both at hand.
import { registerCatalogue } from '../src/i18n';
import { en } from '../src/i18n/en';

registerCatalogue('en', en);
