// "Message": opens (or creates) the conversation of a contact with one of the signed-in user's texting
// numbers and goes to it. Several numbers: the user picks one; none: the page explains why it can't.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';

import type { Contact } from '@/api/contacts';
import { isApiError } from '@/api/errors';
import { numbersQuery, ownedNumbers, type TextingNumber } from '@/api/numbers-query';
import { useSession } from '@/api/session-store';
import { useOpenConversation } from '@/features/contacts/contact-api';

export interface NumberChoice {
  contact: Contact;
  anchor: HTMLElement;
  numbers: TextingNumber[];
}

export type MessageProblem = { kind: 'no-number' } | { kind: 'failed'; message: string; retry: () => void };

export function useMessageContact() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const email = useSession()?.email ?? '';
  const [choice, setChoice] = useState<NumberChoice | null>(null);
  const [problem, setProblem] = useState<MessageProblem | null>(null);
  const [loadingNumbers, setLoadingNumbers] = useState<string | null>(null);

  const opening = useOpenConversation({
    onSuccess: (conversation) => navigate(`/texting/${conversation.id}`),
    onError: (error, variables) => {
      const message =
        isApiError(error) && error.status === 403
          ? "You aren't allowed to text from this number any more. Ask your company admin to add you to it in RingPlan's portal."
          : isApiError(error) && error.status === 404
            ? 'This contact no longer exists.'
            : error.message;
      setProblem({ kind: 'failed', message, retry: () => opening.mutate(variables) });
    },
  });

  async function start(contact: Contact, anchor: HTMLElement) {
    setProblem(null);
    setLoadingNumbers(contact.id);
    let numbers: TextingNumber[];
    try {
      numbers = await queryClient.query(numbersQuery());
    } catch (error) {
      const message = error instanceof Error ? error.message : 'The texting numbers could not be loaded.';
      setProblem({ kind: 'failed', message, retry: () => void start(contact, anchor) });
      return;
    } finally {
      setLoadingNumbers(null);
    }
    const owned = ownedNumbers(numbers, email);
    const [only] = owned;
    if (!only) setProblem({ kind: 'no-number' });
    else if (owned.length === 1) opening.mutate({ contact, from: only.number });
    else setChoice({ contact, anchor, numbers: owned });
  }

  return {
    start: (contact: Contact, anchor: HTMLElement) => void start(contact, anchor),
    /** The contact whose conversation is being opened, to show progress on its button. */
    busyContactId: loadingNumbers ?? (opening.isPending ? opening.variables.contact.id : null),
    choice,
    chooseNumber: (from: string) => {
      if (choice) opening.mutate({ contact: choice.contact, from });
      setChoice(null);
    },
    cancelChoice: () => setChoice(null),
    problem,
    dismissProblem: () => setProblem(null),
  };
}
