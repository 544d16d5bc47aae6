/**
 * The compile thread's body (see compile-thread.ts): compiles the article it is given, posts the
 * result, then audits each built page it is sent.
 */
import { parentPort } from 'node:worker_threads';
import { isDeckError } from '../errors.ts';
import { compileFile } from '../pipeline.ts';
import type { AuditRequest, CompileRequest, ThreadReply } from './compile-thread.ts';

const port = parentPort!;
const post = (reply: ThreadReply) => port.postMessage(reply);

// The first message is the article to compile; the ones after it, built pages to audit.
port.once('message', async ({ file, options }: CompileRequest) => {
  let body = '';
  try {
    const compiled = await compileFile(file, options);
    post({ type: 'compiled', compiled });
    body = compiled.rendered.body;
  } catch (error) {
    post({
      type: 'failed',
      error: isDeckError(error)
        ? { code: error.code, message: error.message, position: error.position, stack: error.stack }
        : { message: error instanceof Error ? error.message : String(error), stack: error instanceof Error ? error.stack : undefined },
    });
  }
  // Loaded, and run once over the slides (a cold parser takes about three times as long), while
  // Vite builds on the main thread: the page's audit is then done about when Vite has written the files.
  const { auditPage } = await import('../vite/page-audit.ts');
  auditPage(body);
  port.on('message', ({ id, html }: AuditRequest) => post({ type: 'audited', id, problems: auditPage(html) }));
});
