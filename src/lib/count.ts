// Whole numbers as the app writes them ("12,345"), without Intl. A page's first Intl call loads the
// locale's data: 20–40 ms on a desktop and about 150 ms on a phone profile (4× CPU), and the account
// button writes the plan's minutes in the signed-in frame's first render.
export function formatCount(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
