import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';

import { ssp } from '@/api/clients';
import { sessionStore } from '@/api/session-store';
import { RouteBoundary } from '@/app/route-boundary';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';
import { fakeTokenPair } from '@/testing/tokens';
import { unwrap } from '@/testing/unwrap';

const numbersQuery = queryOptions({ queryKey: ['numbers'], queryFn: () => unwrap(ssp().GET('/texting/numbers')) });

function Numbers() {
  const { data } = useSuspenseQuery(numbersQuery);
  return <p>{data.map((n) => n.number).join(', ')}</p>;
}

describe('RouteBoundary', () => {
  it('shows what failed with a Retry that loads the page again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    sessionStore.get().signedIn(fakeTokenPair());
    let calls = 0;
    server.use(
      http.get('http://ssp.test/texting/numbers', () => {
        calls += 1;
        if (calls === 1)
          return HttpResponse.json(
            { type: 'about:blank', title: 'Service Unavailable', status: 503, detail: 'Down for maintenance' },
            { status: 503 },
          );
        return HttpResponse.json([
          {
            company_id: 'c0ffeec0ffeec0ffeec0ffee',
            id: '5f75f385bf99409ca2294bbb',
            number: '8583715117',
            ownership: [],
          },
        ]);
      }),
    );
    const { user } = renderWithProviders(
      <RouteBoundary>
        <Numbers />
      </RouteBoundary>,
    );

    expect(await screen.findByText('Down for maintenance')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('8583715117')).toBeInTheDocument();
  });
});
