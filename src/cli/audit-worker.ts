/** The audit thread (threads.ts): audits each built page it is sent until it is stopped. */
import { parentPort, workerData } from 'node:worker_threads';
import { auditPage } from '../vite/page-audit.ts';
import type { AuditReply, AuditRequest } from './threads.ts';

const port = parentPort!;
// A first parse warms the parser up (a cold one takes about three times as long) before the page arrives.
auditPage(workerData as string);
port.on('message', ({ id, html }: AuditRequest) => port.postMessage({ id, problems: auditPage(html) } satisfies AuditReply));
