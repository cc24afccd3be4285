import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The WCAG 2.2 AA rule sets axe checks on every page we visit. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * The one finding of axe that is the GOV.UK pattern itself: a radio that reveals follow-up
 * questions carries aria-expanded, as govuk-frontend's own radios script sets it (radios.mjs), so
 * that screen readers say whether the questions are shown. ARIA 1.2 does not list the attribute for
 * the radio role, so axe reports it; only that attribute, on a radio with aria-controls, is let pass.
 */
function isConditionalRadioExpanded(violationId: string, node: { html: string; any: { data: unknown }[]; all: { data: unknown }[] }) {
  const opening = /^<input\b[^>]*>/.exec(node.html)?.[0] ?? '';
  if (violationId !== 'aria-allowed-attr' || !opening.includes('type="radio"') || !opening.includes('aria-controls="')) return false;
  const reported = [...node.any, ...node.all].flatMap((check) => (Array.isArray(check.data) ? check.data : [check.data]));
  return reported.length > 0 && reported.every((attribute) => typeof attribute === 'string' && attribute.startsWith('aria-expanded'));
}

/** Runs axe on the page as it is now and fails with the list of violations, if any. */
export async function expectNoAxeViolations(page: Page, context = '') {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const violations = results.violations
    .map((violation) => ({ ...violation, nodes: violation.nodes.filter((node) => !isConditionalRadioExpanded(violation.id, node)) }))
    .filter((violation) => violation.nodes.length > 0);
  const summary = violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
  expect(summary, `axe violations ${context}`).toEqual([]);
}

/** Collects console errors and uncaught page errors from now on. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** Waits until a service worker is active and has precached the app. */
export async function waitForServiceWorker(page: Page) {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return Boolean(registration.active);
  });
}
