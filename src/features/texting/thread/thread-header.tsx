// The open conversation's title bar: who it is with, from which number, opted out or not.
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import BlockIcon from '@mui/icons-material/Block';
import { Box, Chip, IconButton, Skeleton, Typography } from '@mui/material';
import { memo } from 'react';
import { Link } from 'react-router';

import { contactName } from '@/api/contacts';
import type { Conversation } from '@/features/texting/texting-api';
import { formatNumber } from '@/lib/phone';

interface Props {
  conversation: Conversation | null | undefined;
  /** Where the back button goes (phones): the list, with the search kept. */
  backTo: string | null;
}

export const ThreadHeader = memo(function ThreadHeader({ conversation, backTo }: Props) {
  return (
    <Box
      sx={{
        display: 'flex',
        alignItems: 'center',
        gap: 1,
        px: { xs: 1, sm: 2 },
        py: 1,
        borderBottom: 1,
        borderColor: 'divider',
        minHeight: 60,
      }}
    >
      {backTo !== null && (
        <IconButton component={Link} to={backTo} aria-label="Back to conversations" edge="start">
          <ArrowBackIcon />
        </IconButton>
      )}
      <Box sx={{ minWidth: 0, flex: 1 }}>
        {conversation ? (
          <>
            <Typography variant="h6" component="h2" noWrap>
              {contactName(conversation.contact)}
            </Typography>
            <Typography variant="body2" color="text.secondary" noWrap>
              {formatNumber(conversation.contact.number)} · from {formatNumber(conversation.from_number)}
            </Typography>
          </>
        ) : (
          <>
            <Skeleton width={160} height={28} />
            <Skeleton width={220} />
          </>
        )}
      </Box>
      {conversation?.contact.opted_out && <Chip label="Opted out" icon={<BlockIcon />} size="small" />}
    </Box>
  );
});
