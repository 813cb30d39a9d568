// Same entry as the app's static/main.js, minus the service worker.
import init from './empty.js';

init().catch((error) => {
  console.error('empty app: failed to start', error);
});
