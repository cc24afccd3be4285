/**
 * Turning a wizard target into an address, and search parameters (validated here, without zod, so
 * that the router can check them on the first load without the schema library).
 */
import { useNavigate, useRouter } from '@tanstack/react-router';
import { useCallback } from 'react';
import type { Target } from './flow';

/** Search parameters of a wizard page. */
export interface WizardSearch {
  /** Set by Change links on the check-answers page: go back there once the section is complete. */
  returnTo?: 'check-answers';
  dependant?: string;
  item?: string;
  /** The id of the field a Change link points at; it receives focus. */
  focus?: string;
}

const ID = /^[A-Za-z0-9_-]{1,100}$/;

/** An id from the address, or undefined when it is not one (a number, an object, odd characters). */
function idParam(value: unknown): string | undefined {
  return typeof value === 'string' && ID.test(value) ? value : undefined;
}

/** Validates a wizard page's search parameters; anything unreadable is dropped. */
export function parseWizardSearch(raw: Record<string, unknown>): WizardSearch {
  const out: WizardSearch = {};
  if (typeof raw !== 'object' || raw === null) return out;
  if (raw['returnTo'] === 'check-answers') out.returnTo = 'check-answers';
  const dependant = idParam(raw['dependant']);
  const item = idParam(raw['item']);
  const focus = idParam(raw['focus']);
  if (dependant) out.dependant = dependant;
  if (item) out.item = item;
  if (focus) out.focus = focus;
  return out;
}

/** A new id for a list item. */
export function newItemId(): string {
  return crypto.randomUUID();
}

function searchFor(target: Target, extra: { returnTo?: 'check-answers' | undefined; focus?: string | undefined }): WizardSearch {
  const search: WizardSearch = {};
  if (target.page === 'step') {
    if (target.ctx.dependant) search.dependant = target.ctx.dependant;
    if (target.ctx.item) search.item = target.ctx.item;
  }
  if (extra.returnTo) search.returnTo = extra.returnTo;
  if (extra.focus) search.focus = extra.focus;
  return search;
}

/** Goes to a target, and builds links to targets. */
export function useWizardNavigation(caseId: string) {
  const navigate = useNavigate();
  const router = useRouter();

  const go = useCallback(
    (target: Target, extra: { returnTo?: 'check-answers' | undefined; focus?: string | undefined } = {}) => {
      switch (target.page) {
        case 'overview':
          return navigate({ to: '/cases/$caseId', params: { caseId } });
        case 'check-answers':
          return navigate({ to: '/cases/$caseId/check-answers', params: { caseId } });
        case 'outcome':
          return navigate({ to: '/cases/$caseId/outcome', params: { caseId } });
        case 'step':
          return navigate({ to: '/cases/$caseId/$step', params: { caseId, step: target.step }, search: searchFor(target, extra) });
      }
    },
    [navigate, caseId],
  );

  const href = useCallback(
    (target: Target, extra: { returnTo?: 'check-answers' | undefined; focus?: string | undefined } = {}): string => {
      const location =
        target.page === 'step'
          ? router.buildLocation({ to: '/cases/$caseId/$step', params: { caseId, step: target.step }, search: searchFor(target, extra) })
          : target.page === 'overview'
            ? router.buildLocation({ to: '/cases/$caseId', params: { caseId } })
            : target.page === 'check-answers'
              ? router.buildLocation({ to: '/cases/$caseId/check-answers', params: { caseId } })
              : router.buildLocation({ to: '/cases/$caseId/outcome', params: { caseId } });
      return router.history.createHref(location.href);
    },
    [router, caseId],
  );

  return { go, href };
}
