// Start a conversation: a contact or a typed number (added as a contact on the fly), and the company
// number to text from. Server refusals land on the field they are about.
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Box, Button, DialogActions, DialogContent, MenuItem, TextField } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { Controller, useForm, useWatch } from 'react-hook-form';

import { isApiError } from '@/api/errors';
import type { TextingNumber } from '@/api/numbers-query';
import { RecipientField } from '@/features/texting/inbox/recipient-field';
import {
  conversationQueries,
  useStartConversation,
  type Contact,
  type Conversation,
  type StartConversationInput,
} from '@/features/texting/texting-api';
import { formatNumber } from '@/lib/phone';
import { normalizeUsNumber } from '@/lib/us-number';
import { z } from '@/lib/zod';

const schema = z
  .object({
    contact: z.custom<Contact>().nullable(),
    recipientText: z.string(),
    name: z.string().trim().max(100, 'At most 100 characters.'),
    fromNumber: z.string().min(1, 'Choose the number to text from.'),
  })
  .superRefine((values, ctx) => {
    if (values.contact || normalizeUsNumber(values.recipientText) !== null) return;
    ctx.addIssue({
      code: 'custom',
      path: ['recipientText'],
      message: values.recipientText.trim()
        ? 'Not a valid US number. Type 10 digits, such as (858) 555-0100, or pick a contact.'
        : 'Pick a contact or type a number.',
    });
  });

type Values = z.infer<typeof schema>;

const SERVER_FIELDS: Record<string, keyof Values> = {
  number: 'recipientText',
  contact_id: 'recipientText',
  first_name: 'name',
  last_name: 'name',
  from_number: 'fromNumber',
};

function toInput(values: Values): StartConversationInput {
  if (values.contact) return { to: { contactId: values.contact.id }, fromNumber: values.fromNumber };
  const number = normalizeUsNumber(values.recipientText) ?? '';
  const [first = '', ...rest] = values.name.split(/\s+/).filter(Boolean);
  // The API needs a first name; a number typed without one is named by its number.
  return {
    to: { number, first_name: first || formatNumber(number), last_name: rest.join(' ') },
    fromNumber: values.fromNumber,
  };
}

interface Props {
  numbers: TextingNumber[];
  onCreated: (conversation: Conversation) => void;
  onCancel: () => void;
}

export function NewConversationForm({ numbers, onCreated, onCancel }: Props) {
  const queryClient = useQueryClient();
  const { control, handleSubmit, setValue, setError, formState } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { contact: null, recipientText: '', name: '', fromNumber: numbers[0]?.number ?? '' },
  });
  const contact = useWatch({ control, name: 'contact' });
  const recipientText = useWatch({ control, name: 'recipientText' });
  const typedNumber = contact ? null : normalizeUsNumber(recipientText);

  const start = useStartConversation({
    onSuccess: (conversation) => {
      queryClient.setQueryData(conversationQueries.detail(conversation.id).queryKey, conversation);
      onCreated(conversation);
    },
    onError: (error) => {
      if (!isApiError(error)) return;
      if (error.status === 403) setError('fromNumber', { message: error.message });
      for (const field of error.fieldErrors()) {
        const target = SERVER_FIELDS[field.field];
        if (target) setError(target, { message: field.message });
      }
    },
  });

  const fieldErrorShown =
    isApiError(start.error) &&
    (start.error.status === 403 || start.error.fieldErrors().some((f) => f.field in SERVER_FIELDS));

  return (
    <Box component="form" noValidate onSubmit={(e) => void handleSubmit((v) => start.mutate(toInput(v)))(e)}>
      <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 2, pt: 1 }}>
        {start.isError && !fieldErrorShown && (
          <Alert severity="error">{`The conversation could not be started. ${start.error.message}`}</Alert>
        )}
        <RecipientField
          contact={contact}
          text={recipientText}
          error={formState.errors.recipientText?.message}
          onContactChange={(picked, text) => {
            setValue('contact', picked);
            setValue('recipientText', text, { shouldValidate: formState.isSubmitted });
          }}
        />
        {typedNumber !== null && (
          <Controller
            name="name"
            control={control}
            render={({ field, fieldState }) => (
              <TextField
                {...field}
                label="Name (optional)"
                error={fieldState.error !== undefined}
                helperText={fieldState.error?.message ?? `${formatNumber(typedNumber)} will be added to your contacts.`}
              />
            )}
          />
        )}
        <Controller
          name="fromNumber"
          control={control}
          render={({ field, fieldState }) => (
            <TextField
              {...field}
              select
              label="Text from"
              error={fieldState.error !== undefined}
              helperText={
                fieldState.error?.message ??
                (numbers.length === 1 ? 'Your texting number.' : 'The company number the contact sees.')
              }
            >
              {numbers.map((n) => (
                <MenuItem key={n.id} value={n.number}>
                  {formatNumber(n.number)}
                </MenuItem>
              ))}
            </TextField>
          )}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>Cancel</Button>
        <Button type="submit" variant="contained" loading={start.isPending}>
          Start conversation
        </Button>
      </DialogActions>
    </Box>
  );
}
