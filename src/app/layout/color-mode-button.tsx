// Light, dark, or the OS's choice; MUI remembers the choice in localStorage.
import DarkModeIcon from '@mui/icons-material/DarkModeOutlined';
import LightModeIcon from '@mui/icons-material/LightModeOutlined';
import SettingsBrightnessIcon from '@mui/icons-material/SettingsBrightnessOutlined';
import { IconButton, Tooltip } from '@mui/material';
import { useColorScheme } from '@mui/material/styles';

const next = { system: 'light', light: 'dark', dark: 'system' } as const;
const labels = { system: 'Theme: follows your system', light: 'Theme: light', dark: 'Theme: dark' } as const;

export function ColorModeButton() {
  const { mode, setMode } = useColorScheme();
  const current = mode ?? 'system';
  const icon =
    current === 'light' ? <LightModeIcon /> : current === 'dark' ? <DarkModeIcon /> : <SettingsBrightnessIcon />;
  return (
    <Tooltip title={`${labels[current]} (click to change)`}>
      <IconButton color="inherit" aria-label={`${labels[current]}. Change theme`} onClick={() => setMode(next[current])}>
        {icon}
      </IconButton>
    </Tooltip>
  );
}
