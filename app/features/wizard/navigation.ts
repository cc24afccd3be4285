/**
 * Turning a wizard target into an address, and search parameters (validated with zod).
 */
import { useNavigate, useRouter } from '@tanstack/react-router';
import { useCallback } from 'react';
import { z } from 'zod';
import type { Target } from './flow';

const id = z.string().min(1).max(100).regex(/^[A-Za-z0-9_-]+$/);

/** Search parameters of a wizard page. */
const wizardSearchSchema = z.object({
  /** Set by Change links on the check-answers page: go back there once the section is complete. */
  returnTo: z.literal('check-answers').optional().catch(undefined),
  dependant: id.optional().catch(undefined),
  item: id.optional().catch(undefined),
  /** The id of the field a Change link points at; it receives focus. */
  focus: id.optional().catch(undefined),
});

/** Search parameters of a wizard page. */
export interface WizardSearch {
  returnTo?: 'check-answers';
  dependant?: string;
  item?: string;
  focus?: string;
}

/** Validates a wizard page's search parameters; anything unreadable is dropped. */
export function parseWizardSearch(raw: Record<string, unknown>): WizardSearch {
  const parsed = wizardSearchSchema.safeParse(raw);
  const out: WizardSearch = {};
  if (!parsed.success) return out;
  if (parsed.data.returnTo) out.returnTo = parsed.data.returnTo;
  if (parsed.data.dependant) out.dependant = parsed.data.dependant;
  if (parsed.data.item) out.item = parsed.data.item;
  if (parsed.data.focus) out.focus = parsed.data.focus;
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
