/**
 * Appeals against a conviction a refusal rests on (product rule, docs/rules.md "Appeals").
 *
 * Section 72 speaks of a conviction "by a final judgment", and its presumption does not apply
 * while an appeal against conviction or sentence is pending; the guidance holds a case while a
 * prosecution is under way ("Cases where there are criminal charges pending"). The product reads
 * the two together: where every conviction a refusal ground rests on is under appeal, the case is
 * held until the appeal ends, and the person is written to. A refusal ground that applies whatever
 * the appeal's result (another ground, or a conviction not under appeal) decides the case instead.
 */
import { reason, type Subject } from '../reason';
import type { Reason } from '../types';
import { convictionPath, describeConviction } from './convictions';

/** Whether a not-met ground rests only on convictions whose appeal answer is yes or missing. */
function awaitsAppeal(r: Reason): boolean {
  const c = r.convictions;
  if (!c || c.ids.length === 0) return false;
  return c.ids.every((id) => c.appealPending.includes(id) || c.appealNotRecorded.includes(id));
}

/**
 * A refusal ground that applies whatever happens next: not met, not an inconsistent record, and
 * not resting only on convictions under appeal (or whose appeal answer is missing).
 */
export function isFirmRefusal(r: Reason): boolean {
  return r.status === 'not-met' && !r.inconsistent && !awaitsAppeal(r);
}

/**
 * Appeal pending: one reason for the person when a not-met ground rests only on convictions under
 * appeal (`not-met`: held), or on convictions whose appeal answer is missing (`unknown`). None
 * otherwise. `convictions.ids` on the reason names the convictions under appeal.
 */
export function appealReason(subject: Subject, grounds: readonly Reason[]): Reason | undefined {
  const waiting = grounds.filter((r) => r.status === 'not-met' && !r.inconsistent && awaitsAppeal(r));
  if (waiting.length === 0) return undefined;
  const list = subject.criminality?.convictions ?? [];
  const indexOf = (id: string) => list.findIndex((c) => c.id === id);
  const notRecorded = [...new Set(waiting.flatMap((r) => r.convictions?.appealNotRecorded ?? []))];
  const pending = [...new Set(waiting.flatMap((r) => r.convictions?.appealPending ?? []))];
  const describe = (id: string) => {
    const index = indexOf(id);
    const conviction = list[index];
    return conviction ? describeConviction(conviction, index) : id;
  };
  const paths = (ids: string[]) => ids.map((id) => convictionPath(subject, indexOf(id), 'appealPending'));
  const citations = waiting.map((r) => r.citation).join(', ');
  if (notRecorded.length > 0) {
    return reason(
      'no-appeal-pending',
      'Appeal pending',
      'unknown',
      `${citations} rest${waiting.length === 1 ? 's' : ''} on ${notRecorded.map(describe).join('; ')}: whether an appeal against the conviction or sentence is pending is not recorded.`,
      paths([...pending, ...notRecorded]),
      paths(notRecorded),
    );
  }
  const out = reason(
    'no-appeal-pending',
    'Appeal pending',
    'not-met',
    `${citations} rest${waiting.length === 1 ? 's' : ''} only on ${pending.map(describe).join('; ')}, under appeal: the case is held until the appeal ends.`,
    paths(pending),
  );
  out.convictions = { ids: pending, appealPending: pending, appealNotRecorded: [] };
  return out;
}
