import { Box, Button, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router';

export function NotFoundPage() {
  return (
    <Box component="main" sx={{ p: { xs: 3, md: 6 }, maxWidth: 560 }}>
      <Typography variant="h4" component="h1" gutterBottom>
        Page not found
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 3 }}>
        There is nothing at this address. It may have moved, or the link may be mistyped.
      </Typography>
      <Button variant="contained" component={RouterLink} to="/">
        Go to the portal
      </Button>
    </Box>
  );
}
