// Leaving the app for another page (the meeting room). One seam, so tests can see where it would go.
export const browserLocation = {
  assign: (url: string): void => {
    window.location.assign(url);
  },
};
