// One Lighthouse run against a browser already listening on `port`, and the figures the bench reports.
import lighthouse from 'lighthouse';

export { desktopConfig } from 'lighthouse';

/** The middle value (the mean of the two middle ones for an even count, rounded). */
export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : Math.round((sorted[mid - 1] + sorted[mid]) / 2);
};

/** Runs Lighthouse once (mobile unless a config is given); storage is kept, so a session is kept. */
export async function lighthouseRun(url, port, config) {
  const options = {
    port,
    output: 'json',
    logLevel: 'error',
    disableStorageReset: true,
    onlyCategories: ['performance', 'accessibility', 'best-practices'],
  };
  const { lhr, artifacts } = await lighthouse(url, options, config);
  const value = (audit) => Math.round(lhr.audits[audit].numericValue);
  const lcpNode = lhr.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node;
  const summary = {
    performance: lhr.categories.performance.score === null ? null : Math.round(lhr.categories.performance.score * 100),
    accessibility: Math.round(lhr.categories.accessibility.score * 100),
    bestPractices: Math.round(lhr.categories['best-practices'].score * 100),
    lcpMs: value('largest-contentful-paint'),
    tbtMs: value('total-blocking-time'),
    fcpMs: value('first-contentful-paint'),
    siMs: value('speed-index'),
    cls: lhr.audits['cumulative-layout-shift'].numericValue,
    lcpElement: lcpNode?.snippet,
    lcpText: lcpNode?.nodeLabel,
    finalUrl: lhr.finalDisplayedUrl,
  };
  return { lhr, summary, trace: artifacts.Trace };
}
