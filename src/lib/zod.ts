// zod as the app uses it: without its `new Function` fast path. The app's CSP has no 'unsafe-eval', and
// zod's probe for it, though caught, is still reported by the browser as a policy violation.
import { z } from 'zod';

z.config({ jitless: true });

export { z };
