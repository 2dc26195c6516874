// Why texting is off for this user, and how to turn it on: the number is set up in RingPlan's web
// portal (the API cannot configure it yet).
import { Alert, AlertTitle } from '@mui/material';
import { formatNumber } from '@/lib/phone';
import type { TextingNumber } from '@/features/texting/texting-api';

interface Props {
  /** The company's numbers (none of them the user's, or none at all). */
  companyNumbers: TextingNumber[];
}

export function TextingNumberNotice({ companyNumbers }: Props) {
  if (companyNumbers.length === 0) {
    return (
      <Alert severity="info">
        <AlertTitle>No texting number yet</AlertTitle>
        Your company has no number set up for text messages, so you cannot start conversations. A company
        admin sets up the main texting number in RingPlan&apos;s web portal; once it is there and you are one of
        its users, you can text from here. Messages already received still show below.
      </Alert>
    );
  }
  return (
    <Alert severity="info">
      <AlertTitle>You cannot text from your company&apos;s numbers</AlertTitle>
      {`Your company texts from ${companyNumbers.map((n) => formatNumber(n.number)).join(', ')}, but you are not one of ${
        companyNumbers.length === 1 ? 'its' : 'their'
      } users. Ask a company admin to add you in RingPlan's web portal.`}
    </Alert>
  );
}
