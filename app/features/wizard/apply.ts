/**
 * Writing one page's answers into the case file.
 */
import type { CaseFile, Dependant } from '../../../src/case';
import type { IsoDate } from '../../../src/dates';
import { writeValues, type FormValues } from './fields';
import { stepRoot } from './flow';
import { listItems, setListItems, updateSubject, type FormStep, type ListItem, type StepContext } from './steps';

/** A copy of the case file with the page's answers written in (a new list item is added). */
export function applyStep(step: FormStep, caseFile: CaseFile, ctx: StepContext, values: FormValues, decisionDate: IsoDate): CaseFile {
  const fields = step.fields(caseFile, ctx, decisionDate);
  const write = (root: unknown) => {
    const written = writeValues(fields, root, values);
    return step.afterWrite ? step.afterWrite(written) : written;
  };
  switch (step.scope) {
    case 'case':
      return write(caseFile) as CaseFile;
    case 'subject':
      return updateSubject(caseFile, ctx, (subject) => write(subject) as typeof subject);
    case 'dependant': {
      const id = ctx.dependant;
      if (!id) return caseFile;
      const people = caseFile.dependants?.people ?? [];
      const existing = people.find((person) => person.id === id);
      const updated = write(existing ?? { id }) as Dependant;
      const next = existing ? people.map((person) => (person.id === id ? updated : person)) : [...people, updated];
      return { ...caseFile, dependants: { ...caseFile.dependants, hasDependants: true, people: next } };
    }
    case 'item': {
      const id = ctx.item;
      if (!id || !step.collection) return caseFile;
      const items = listItems(caseFile, step.collection, ctx);
      const existing = stepRoot(step, caseFile, ctx) as ListItem | undefined;
      const updated = write(existing ?? { id }) as ListItem;
      const next = existing ? items.map((item) => (item.id === id ? updated : item)) : [...items, updated];
      return setListItems(caseFile, step.collection, ctx, next);
    }
  }
}

/** A copy of the case file without one list item. */
export function removeItem(caseFile: CaseFile, collection: 'convictions' | 'charges' | 'dependants', ctx: StepContext, id: string): CaseFile {
  return setListItems(
    caseFile,
    collection,
    ctx,
    listItems(caseFile, collection, ctx).filter((item) => item.id !== id),
  );
}
