/**
 * One working case per related route, kept in this device's settings store under
 * `related-case:<route>`: the answers as typed, saved on every change and read back when the
 * route is opened again. Writes are chained so that a slow write never lands after a later one.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { z } from 'zod';
import { describeStorageError, getSetting, putSetting } from '../../cases/db';
import type { RelatedRouteId } from './ids';
import type { Answers } from './model';

/** The settings key of a route's working case. */
export function workingCaseKey(route: RelatedRouteId): string {
  return `related-case:${route}`;
}

const storedSchema = z.object({ version: z.literal(1), answers: z.record(z.string(), z.string()) });

/** What the pages of one route read and change. */
export interface WorkingCase {
  route: RelatedRouteId;
  answers: Answers;
  /** Replaces the answers (and saves them). */
  setAnswers: (answers: Answers) => void;
  /** Clears every answer (and saves that). */
  startAgain: () => void;
  /** Set when the last save failed, in words. */
  saveError: string | undefined;
  /** Set by a "Change" link on the check-answers page: "Continue" then goes back there. */
  returnToCheck: boolean;
  setReturnToCheck: (value: boolean) => void;
}

const WorkingCaseContext = createContext<WorkingCase | undefined>(undefined);

/** The working case of the route being shown. Only inside {@link WorkingCaseProvider}. */
export function useWorkingCase(): WorkingCase {
  const value = useContext(WorkingCaseContext);
  if (!value) throw new Error('useWorkingCase outside WorkingCaseProvider');
  return value;
}

/** Loads the route's working case, then renders its pages with it. */
export function WorkingCaseProvider({ route, children }: { route: RelatedRouteId; children: ReactNode }) {
  const [answers, setAnswersState] = useState<Answers | undefined>(undefined);
  const [saveError, setSaveError] = useState<string | undefined>(undefined);
  const [loadError, setLoadError] = useState<string | undefined>(undefined);
  const [returnToCheck, setReturnToCheck] = useState(false);
  const queue = useRef<Promise<void>>(Promise.resolve());

  useEffect(() => {
    let cancelled = false;
    getSetting<unknown>(workingCaseKey(route))
      .then((stored) => {
        if (cancelled) return;
        const parsed = storedSchema.safeParse(stored);
        setAnswersState(parsed.success ? parsed.data.answers : {});
      })
      .catch((error: unknown) => {
        if (cancelled) return;
        setLoadError(describeStorageError(error));
        setAnswersState({});
      });
    return () => {
      cancelled = true;
    };
  }, [route]);

  const save = useCallback(
    (next: Answers) => {
      queue.current = queue.current
        .then(() => putSetting(workingCaseKey(route), { version: 1, answers: next }))
        .then(
          () => setSaveError(undefined),
          (error: unknown) => setSaveError(describeStorageError(error)),
        );
    },
    [route],
  );

  const setAnswers = useCallback(
    (next: Answers) => {
      setAnswersState(next);
      save(next);
    },
    [save],
  );
  const startAgain = useCallback(() => setAnswers({}), [setAnswers]);

  const value = useMemo(
    () => (answers === undefined ? undefined : { route, answers, setAnswers, startAgain, saveError: saveError ?? loadError, returnToCheck, setReturnToCheck }),
    [route, answers, setAnswers, startAgain, saveError, loadError, returnToCheck],
  );
  if (!value) return <p className="govuk-body">Loading…</p>;
  return <WorkingCaseContext.Provider value={value}>{children}</WorkingCaseContext.Provider>;
}
