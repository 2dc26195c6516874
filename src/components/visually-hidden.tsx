// Text for assistive technology only: in the accessibility tree, clipped out of sight (display: none
// would hide it from screen readers too).
import { Box } from '@mui/material';

import type { HTMLAttributes } from 'react';

const hidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
} as const;

interface Props extends HTMLAttributes<HTMLElement> {
  /** A span for words within a line (the default); a div for blocks, such as a live region of paragraphs. */
  component?: 'span' | 'div';
}

export function VisuallyHidden({ component = 'span', ...props }: Props) {
  return <Box component={component} sx={hidden} {...props} />;
}
