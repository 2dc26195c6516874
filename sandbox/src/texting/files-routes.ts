// /texting/files: MMS image upload (multipart, field `file`) and the public capability URL of its bytes.
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';

import { newId } from '../db/ids.js';
import { problem, validationProblem } from '../http/problems.js';
import { MAX_FILE_BYTES, sniffImage } from './images.js';
import { fileJson } from './serialize.js';

import type { SandboxEnv } from '../context.js';
import type { Texting } from './texting.js';
import type { Context, MiddlewareHandler } from 'hono';

/** Room for the multipart framing and a description around a file of the maximum size. */
const MULTIPART_OVERHEAD = 64 * 1024;
const MAX_DESCRIPTION = 500;
const TOO_LARGE = 'The file is larger than 5 MB';

async function readForm(c: Context<SandboxEnv>): Promise<Record<string, string | File> | Response> {
  const type = c.req.header('content-type') ?? '';
  if (!type.toLowerCase().startsWith('multipart/form-data')) {
    return problem(c, 400, 'The body must be multipart/form-data with the image in the field "file"');
  }
  try {
    return await c.req.parseBody();
  } catch {
    return problem(c, 400, 'The multipart body could not be read');
  }
}

export function fileRoutes(t: Texting, auth: MiddlewareHandler<SandboxEnv>): Hono<SandboxEnv> {
  const app = new Hono<SandboxEnv>();

  const limit = bodyLimit({
    maxSize: MAX_FILE_BYTES + MULTIPART_OVERHEAD,
    onError: (c) => problem(c, 413, TOO_LARGE),
  });

  app.post('/', auth, limit, async (c) => {
    const form = await readForm(c);
    if (form instanceof Response) return form;
    const file = form.file;
    if (!(file instanceof File)) {
      return validationProblem(c, [{ field: 'file', message: 'an image file is required' }]);
    }
    if (file.size > MAX_FILE_BYTES) return problem(c, 413, TOO_LARGE);
    const bytes = Buffer.from(await file.arrayBuffer());
    const mime = sniffImage(bytes);
    if (!mime) {
      return validationProblem(c, [{ field: 'file', message: 'must be a JPEG, PNG, GIF or WebP image' }]);
    }
    const description = form.description;
    if (description !== undefined && (typeof description !== 'string' || description.length > MAX_DESCRIPTION)) {
      return validationProblem(c, [
        { field: 'description', message: `must be text of at most ${MAX_DESCRIPTION} characters` },
      ]);
    }
    const row = t.files.insert(
      { id: newId(), company_id: c.get('user').company_id, description: description || null, mime, bytes },
      t.nowMs(),
    );
    return c.json(fileJson(row), 201);
  });

  // Public: the random key in the URL is the permission, so an <img> needs no token.
  app.get('/:file_id/content', (c) => {
    const stored = t.files.content(c.req.param('file_id'), c.req.query('key') ?? '');
    if (!stored) return problem(c, 404, 'File not found');
    return new Response(new Uint8Array(stored.bytes), {
      headers: {
        'content-type': stored.mime,
        'content-length': String(stored.size),
        'cache-control': 'private, max-age=31536000, immutable',
        'x-content-type-options': 'nosniff',
        'content-security-policy': "default-src 'none'; sandbox",
        'cross-origin-resource-policy': 'cross-origin',
        'referrer-policy': 'no-referrer',
      },
    });
  });

  return app;
}
