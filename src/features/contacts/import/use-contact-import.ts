// Sends the valid rows of an import a few at a time and records what happened to each, so failed
// rows can be sent again without touching the ones that made it.
import { useMutation } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';

import { contactName, createContact } from '@/api/contacts';
import { isApiError, SessionEndedError } from '@/api/errors';
import { queryKeys } from '@/api/query-keys';
import { summarizeImport, type CsvContactRow, type ImportOutcome } from '@/lib/csv-contacts';

const CONCURRENCY = 3;

function reasonOf(error: unknown): string {
  if (isApiError(error) && error.status === 422 && error.fieldErrors().length > 0) {
    return error
      .fieldErrors()
      .map((e) => e.message)
      .join(' ');
  }
  return error instanceof Error ? error.message : 'The contact could not be saved.';
}

export function useContactImport(rows: readonly CsvContactRow[]) {
  const [outcomes, setOutcomes] = useState<ReadonlyMap<number, ImportOutcome>>(new Map());
  const [sent, setSent] = useState({ done: 0, of: 0 });
  const outcomesRef = useRef(outcomes);

  const record = useCallback((line: number, outcome: ImportOutcome) => {
    const next = new Map(outcomesRef.current).set(line, outcome);
    outcomesRef.current = next;
    setOutcomes(next);
    setSent((s) => ({ ...s, done: s.done + 1 }));
  }, []);

  const sendRows = async (queue: CsvContactRow[]) => {
    setSent({ done: 0, of: queue.length });
    let stopped = false;
    const worker = async () => {
      for (let row = queue.shift(); row && !stopped; row = queue.shift()) {
        try {
          const { contact, existed } = await createContact({
            first_name: row.first_name,
            last_name: row.last_name,
            number: row.number ?? '',
          });
          record(row.line, existed ? { kind: 'existing', name: contactName(contact) } : { kind: 'imported' });
        } catch (error) {
          record(row.line, { kind: 'failed', reason: reasonOf(error) });
          // Signed out: the rest would fail the same way; they stay to be sent after signing in.
          if (error instanceof SessionEndedError) stopped = true;
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, queue.length) }, worker));
  };

  // One mutation per run, not per row: the list is refreshed once, when the run is over. Each row's
  // failure is recorded, not thrown, so a run always succeeds.
  const sending = useMutation({
    mutationFn: sendRows,
    meta: { invalidates: [queryKeys.contacts.all] },
  });

  const { mutateAsync } = sending;
  /** Sends every valid row not imported yet: the first run sends all, later runs the failed ones. */
  const run = useCallback(async () => {
    const queue = rows.filter((row) => {
      if (row.problem || !row.number) return false;
      const outcome = outcomesRef.current.get(row.line);
      return !outcome || outcome.kind === 'failed';
    });
    if (queue.length === 0) return;
    await mutateAsync(queue);
  }, [rows, mutateAsync]);

  return { run, running: sending.isPending, sent, outcomes, summary: summarizeImport(rows, outcomes) };
}
