// For tests that call a client directly: the data of a call (a non-2xx answer has already rejected).
export async function unwrap<T>(call: Promise<{ data: T }>): Promise<T> {
  return (await call).data;
}
