// The floor of the required stack, for `npm run bench:floor`: React, React Router, TanStack Query,
// zustand and an MUI theme in one file, showing a 20-row table from a JSON file. What it scores is
// what any route of the app scores at best on this machine.
import AppBar from '@mui/material/AppBar';
import Button from '@mui/material/Button';
import Container from '@mui/material/Container';
import CssBaseline from '@mui/material/CssBaseline';
import { createTheme, ThemeProvider } from '@mui/material/styles';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Route, Routes } from 'react-router';
import { create } from 'zustand';

interface Row {
  id: string;
  name: string;
  phone: string;
  email: string;
  company: string;
}

const useSelection = create<{ selected: string | null; select: (id: string) => void }>((set) => ({
  selected: null,
  select: (id) => set({ selected: id }),
}));

async function fetchRows(): Promise<Row[]> {
  return (await (await fetch('/rows.json')).json()) as Row[];
}

function RowsPage() {
  const { data } = useQuery({ queryKey: ['rows'], queryFn: fetchRows });
  const select = useSelection((s) => s.select);
  return (
    <Container component="main" sx={{ py: 3 }}>
      <Typography variant="h4" component="h1" gutterBottom>
        Contacts
      </Typography>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>Name</TableCell>
            <TableCell>Phone</TableCell>
            <TableCell>Email</TableCell>
            <TableCell>Company</TableCell>
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {(data ?? []).map((row) => (
            <TableRow key={row.id}>
              <TableCell>{row.name}</TableCell>
              <TableCell>{row.phone}</TableCell>
              <TableCell>{row.email}</TableCell>
              <TableCell>{row.company}</TableCell>
              <TableCell>
                <Button size="small" onClick={() => select(row.id)}>
                  Open
                </Button>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Container>
  );
}

const theme = createTheme({ colorSchemes: { light: true, dark: true } });
const queryClient = new QueryClient();
const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <ThemeProvider theme={theme} noSsr>
          <CssBaseline />
          <BrowserRouter>
            <AppBar position="static">
              <Toolbar>
                <Typography variant="h6">Floor</Typography>
              </Toolbar>
            </AppBar>
            <Routes>
              <Route path="*" element={<RowsPage />} />
            </Routes>
          </BrowserRouter>
        </ThemeProvider>
      </QueryClientProvider>
    </StrictMode>,
  );
}
