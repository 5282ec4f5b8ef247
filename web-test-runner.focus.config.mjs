// The focus- and viewport-bound widget tests (FOCUS_FILES), one file at a time, in Chromium.
//   npm run test:focus
import base, { FOCUS_FILES } from './web-test-runner.config.mjs';

export default { ...base, files: FOCUS_FILES, concurrency: 1 };
