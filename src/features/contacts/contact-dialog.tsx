// Create or edit a contact. The server's "this number already exists" answers land where they belong:
// on create, a pointer to the contact that has it; on edit, an error on the number field.
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { useForm, type FieldPath } from 'react-hook-form';

import { contactName, type Contact } from '@/api/contacts';
import { isApiError } from '@/api/errors';
import { notify } from '@/components/notify';
import { useSaveContact } from '@/features/contacts/contact-api';
import {
  contactFormSchema,
  type ContactFormInput,
  type ContactFormOutput,
} from '@/features/contacts/contact-form-schema';
import { formatNumber } from '@/lib/phone';

interface Props {
  open: boolean;
  /** The contact to edit; none to create one. */
  contact?: Contact;
  onClose: () => void;
  /** Switch to another contact (the one that already has the number typed). */
  onOpenContact: (contact: Contact) => void;
}

export function ContactDialog({ open, contact, onClose, onOpenContact }: Props) {
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="xs" aria-labelledby="contact-dialog-title">
      {/* A fresh form for each contact: switching to "Open" never mixes two contacts' values. */}
      <ContactForm key={contact?.id ?? 'new'} contact={contact} onClose={onClose} onOpenContact={onOpenContact} />
    </Dialog>
  );
}

const FIELDS: readonly FieldPath<ContactFormInput>[] = ['first_name', 'last_name', 'number'];

function ContactForm({ contact, onClose, onOpenContact }: Omit<Props, 'open'>) {
  const [existing, setExisting] = useState<Contact | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<ContactFormInput, unknown, ContactFormOutput>({
    resolver: zodResolver(contactFormSchema),
    defaultValues: contact
      ? { first_name: contact.first_name, last_name: contact.last_name, number: formatNumber(contact.number) }
      : { first_name: '', last_name: '', number: '' },
  });

  const mutation = useSaveContact(contact, {
    onSuccess: (result) => {
      if (result.existed) {
        setExisting(result.contact);
        return;
      }
      notify.success(contact ? `Saved ${contactName(result.contact)}.` : `Added ${contactName(result.contact)}.`);
      onClose();
    },
    onError: (error) => {
      if (isApiError(error) && error.status === 409) {
        setError('number', { message: 'Another contact already has this number.' }, { shouldFocus: true });
        return;
      }
      if (isApiError(error) && error.status === 422) {
        const unplaced: string[] = [];
        for (const { field, message } of error.fieldErrors()) {
          const name = FIELDS.find((f) => f === field);
          if (name) setError(name, { message }, { shouldFocus: true });
          else unplaced.push(message);
        }
        if (unplaced.length > 0 || error.fieldErrors().length === 0) setFormError(unplaced.join(' ') || error.message);
        return;
      }
      setFormError(`${error.message} Your changes are still here: try again.`);
    },
  });

  const onSubmit = handleSubmit((values) => {
    setExisting(null);
    setFormError(null);
    mutation.mutate(values);
  });

  const field = (name: FieldPath<ContactFormInput>) => {
    const { ref, ...rest } = register(name);
    return { ...rest, inputRef: ref, error: Boolean(errors[name]), helperText: errors[name]?.message };
  };

  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)} aria-labelledby="contact-dialog-title">
      <DialogTitle id="contact-dialog-title">{contact ? 'Edit contact' : 'New contact'}</DialogTitle>
      <DialogContent>
        <Stack sx={{ gap: 2, pt: 1 }}>
          <TextField label="First name" required autoComplete="given-name" {...field('first_name')} />
          <TextField label="Last name" autoComplete="family-name" {...field('last_name')} />
          <TextField
            label="Phone number"
            required
            type="tel"
            autoComplete="tel"
            placeholder="(858) 371-5117"
            {...field('number')}
            helperText={errors.number?.message ?? 'A US number; +1, spaces, dots and dashes are fine.'}
          />
          {formError && (
            <Alert severity="error" role="alert">
              {formError}
            </Alert>
          )}
        </Stack>
        <div role="status" aria-live="polite">
          {existing && (
            <Alert
              severity="info"
              sx={{ mt: 2 }}
              action={
                <Button color="inherit" size="small" onClick={() => onOpenContact(existing)}>
                  Open
                </Button>
              }
            >
              This number already belongs to {contactName(existing)}.
            </Alert>
          )}
        </div>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button type="submit" variant="contained" loading={mutation.isPending}>
          {contact ? 'Save' : 'Add contact'}
        </Button>
      </DialogActions>
    </form>
  );
}
