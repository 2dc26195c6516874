// Why texting is off for this user, and how to turn it on: the number is set up in RingPlan's web
// portal (the API cannot configure it yet). With no conversations it is the inbox's empty state.
import { Alert, AlertTitle, Link as MuiLink } from '@mui/material';
import { Link } from 'react-router';

import type { TextingNumber } from '@/api/numbers-query';
import { formatNumber } from '@/lib/phone';

interface Props {
  /** The company's numbers (none of them the user's, or none at all). */
  companyNumbers: TextingNumber[];
}

export function TextingNumberNotice({ companyNumbers }: Props) {
  if (companyNumbers.length === 0) {
    return (
      <Alert severity="info">
        <AlertTitle component="h2">Texting is not set up yet</AlertTitle>
        Your company has no phone number for text messages, so conversations cannot be started here yet. To get one, ask
        a company admin to add a texting number in RingPlan&apos;s web portal and to make you one of its users. Until
        then you can keep your people in{' '}
        <MuiLink component={Link} to="/contacts" color="inherit">
          Contacts
        </MuiLink>
        .
      </Alert>
    );
  }
  return (
    <Alert severity="info">
      <AlertTitle component="h2">You cannot text from your company&apos;s numbers</AlertTitle>
      {`Your company texts from ${companyNumbers.map((n) => formatNumber(n.number)).join(', ')}, but you are not one of ${
        companyNumbers.length === 1 ? 'its' : 'their'
      } users. Ask a company admin to add you in RingPlan's web portal.`}
    </Alert>
  );
}
