// Light, dark, or the OS's choice; MUI remembers the choice in localStorage.
import DarkModeIcon from '@mui/icons-material/DarkModeOutlined';
import LightModeIcon from '@mui/icons-material/LightModeOutlined';
import SettingsBrightnessIcon from '@mui/icons-material/SettingsBrightnessOutlined';
import { IconButton } from '@mui/material';
import { useColorScheme } from '@mui/material/styles';

const next = { system: 'light', light: 'dark', dark: 'system' } as const;
const labels = { system: 'Theme: follows your system', light: 'Theme: light', dark: 'Theme: dark' } as const;

export function ColorModeButton() {
  const { mode, setMode } = useColorScheme();
  const current = mode ?? 'system';
  const icon =
    current === 'light' ? <LightModeIcon /> : current === 'dark' ? <DarkModeIcon /> : <SettingsBrightnessIcon />;
  return (
    // A native title rather than a Tooltip: the popper behind Tooltip costs every page its bytes.
    <IconButton
      color="inherit"
      aria-label={`${labels[current]}. Change theme`}
      title={`${labels[current]} (click to change)`}
      onClick={() => setMode(next[current])}
    >
      {icon}
    </IconButton>
  );
}
