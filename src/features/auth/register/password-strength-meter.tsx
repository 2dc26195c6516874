// The strength hint under the password field: a bar and words (the bar alone tells nothing to a screen reader).
import { Box, LinearProgress, Typography } from '@mui/material';

import { passwordStrength } from '@/features/auth/register/password-strength';

const COLORS = ['inherit', 'error', 'warning', 'info', 'success'] as const;

export function PasswordStrengthMeter({ password, id }: { password: string; id: string }) {
  const strength = passwordStrength(password);
  return (
    <Box id={id} aria-live="polite" sx={{ mt: -1 }}>
      {strength.score > 0 && (
        <LinearProgress
          variant="determinate"
          value={strength.score * 25}
          color={COLORS[strength.score]}
          aria-hidden
          sx={{ height: 6, borderRadius: 3, mb: 0.5 }}
        />
      )}
      <Typography variant="caption" color="text.secondary">
        {strength.score > 0 ? `${strength.label}: ` : ''}
        {strength.hint}
      </Typography>
    </Box>
  );
}
