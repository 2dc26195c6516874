// "Use tokens": sign in with an id_token and refresh_token copied from RingPlan's show-token page.
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Link, Stack, Typography } from '@mui/material';
import { useForm } from 'react-hook-form';

import { getConfig } from '@/api/config';
import { useSessionActions } from '@/api/session-store';
import { FormTextField } from '@/components/form-text-field';
import { cleanPastedToken, tokenPasteSchema, type TokenPasteValues } from '@/features/auth/sign-in/token-paste-schema';

const schema = tokenPasteSchema();

export function TokenPasteForm({ onSignedIn }: { onSignedIn: () => void }) {
  const { signedIn } = useSessionActions();
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<TokenPasteValues>({ resolver: zodResolver(schema), defaultValues: { idToken: '', refreshToken: '' } });

  const onSubmit = handleSubmit((values) => {
    signedIn({ id_token: cleanPastedToken(values.idToken), refresh_token: cleanPastedToken(values.refreshToken) });
    onSignedIn();
  });

  return (
    <Stack
      component="form"
      noValidate
      onSubmit={(event) => void onSubmit(event)}
      spacing={2}
      aria-label="Sign in with tokens"
    >
      <Typography variant="body2" color="text.secondary">
        Signed in to RingPlan in this browser? Open the{' '}
        <Link href={`${getConfig().authBaseUrl}/show-token`} target="_blank" rel="noopener noreferrer">
          show-token page
        </Link>{' '}
        and copy the values of <code>id_token</code> and <code>refresh_token</code> here.
      </Typography>
      <FormTextField
        label="id_token"
        multiline
        minRows={2}
        maxRows={6}
        autoComplete="off"
        inputProps={{ spellCheck: false }}
        name="idToken"
        register={register}
        errors={errors}
        helperText="Three parts separated by dots, starting with eyJ."
      />
      <FormTextField
        label="refresh_token"
        multiline
        minRows={2}
        maxRows={6}
        autoComplete="off"
        inputProps={{ spellCheck: false }}
        name="refreshToken"
        register={register}
        errors={errors}
      />
      <Button type="submit" variant="outlined" sx={{ alignSelf: 'flex-start' }}>
        Use these tokens
      </Button>
    </Stack>
  );
}
