// The plan's meeting minutes in one line, as the guide's portal header shows them ("0 / 200 minutes used").
export function meetUsageLine(used: number, limit: number): string {
  return limit > 0
    ? `${used.toLocaleString('en-US')} / ${limit.toLocaleString('en-US')} minutes used`
    : 'No meeting minutes in your plan';
}
