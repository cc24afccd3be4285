import type { ButtonHTMLAttributes, ReactNode } from 'react';

type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & { variant?: 'primary' | 'secondary' | 'warning' };

/** GOV.UK button. `type` defaults to "button" so that only the intended button submits a form. */
export function Button({ variant = 'primary', className, type = 'button', children, ...rest }: ButtonProps) {
  const variantClass = variant === 'primary' ? '' : ` govuk-button--${variant}`;
  return (
    <button type={type} className={`govuk-button${variantClass}${className ? ` ${className}` : ''}`} data-module="govuk-button" {...rest}>
      {children}
    </button>
  );
}

/** GOV.UK panel, for the outcome of a decision; `tone` keeps green for a grant only. */
export function Panel({ title, children, tone = 'positive' }: { title: ReactNode; children?: ReactNode; tone?: 'positive' | 'negative' | 'neutral' }) {
  return (
    <div className={`govuk-panel govuk-panel--confirmation${tone === 'positive' ? '' : ` app-panel--${tone}`}`} data-tone={tone}>
      <h1 className="govuk-panel__title">{title}</h1>
      {children ? <div className="govuk-panel__body">{children}</div> : null}
    </div>
  );
}

/** Colours the GOV.UK tag component offers. */
export type TagColour = 'grey' | 'green' | 'turquoise' | 'blue' | 'light-blue' | 'purple' | 'pink' | 'red' | 'orange' | 'yellow';

/** GOV.UK tag. */
export function Tag({ colour, children }: { colour?: TagColour | undefined; children: ReactNode }) {
  return <strong className={`govuk-tag${colour ? ` govuk-tag--${colour}` : ''}`}>{children}</strong>;
}

/** GOV.UK inset text. */
export function InsetText({ children }: { children: ReactNode }) {
  return <div className="govuk-inset-text">{children}</div>;
}

/** GOV.UK warning text. */
export function WarningText({ children }: { children: ReactNode }) {
  return (
    <div className="govuk-warning-text">
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong className="govuk-warning-text__text">
        <span className="govuk-visually-hidden">Warning</span>
        {children}
      </strong>
    </div>
  );
}

/** GOV.UK notification banner; `success` uses role="alert" so the change is announced. */
export function NotificationBanner({ title, success, children }: { title?: string; success?: boolean; children: ReactNode }) {
  const heading = title ?? (success ? 'Success' : 'Important');
  return (
    <div
      className={`govuk-notification-banner${success ? ' govuk-notification-banner--success' : ''}`}
      role={success ? 'alert' : 'region'}
      aria-labelledby="govuk-notification-banner-title"
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="govuk-notification-banner-title">
          {heading}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">{children}</div>
    </div>
  );
}

/** One row of a GOV.UK summary list. */
export interface SummaryRow {
  key: ReactNode;
  value: ReactNode;
  /** Optional change link: href and the visually hidden name of what it changes. */
  action?: { href: string; text?: string; visuallyHidden: string; onClick?: () => void };
}

/** Text that may be (or carry) what a person typed, isolated in <bdi> from what is beside it. */
function isolated(node: ReactNode): ReactNode {
  return typeof node === 'string' || typeof node === 'number' ? <bdi>{node}</bdi> : node;
}

/**
 * GOV.UK summary list (check your answers). Keys and values are isolated (<bdi>): a value such as
 * a name ending in a right-to-left override, or a name in Arabic, keeps to itself and cannot
 * reorder the row's other text.
 */
export function SummaryList({ rows, noBorder }: { rows: SummaryRow[]; noBorder?: boolean }) {
  const anyActions = rows.some((row) => row.action);
  return (
    <dl className={`govuk-summary-list${noBorder ? ' govuk-summary-list--no-border' : ''}`}>
      {rows.map((row, index) => (
        <div key={index} className={`govuk-summary-list__row${anyActions && !row.action ? ' govuk-summary-list__row--no-actions' : ''}`}>
          <dt className="govuk-summary-list__key">{isolated(row.key)}</dt>
          <dd className="govuk-summary-list__value">{isolated(row.value)}</dd>
          {row.action ? (
            <dd className="govuk-summary-list__actions">
              <a className="govuk-link" href={row.action.href} onClick={row.action.onClick}>
                {row.action.text ?? 'Change'}
                <span className="govuk-visually-hidden"> {row.action.visuallyHidden}</span>
              </a>
            </dd>
          ) : null}
        </div>
      ))}
    </dl>
  );
}

/** GOV.UK back link. */
export function BackLink({ href, children = 'Back', onClick }: { href: string; children?: ReactNode; onClick?: (event: React.MouseEvent<HTMLAnchorElement>) => void }) {
  return (
    <a href={href} className="govuk-back-link" onClick={onClick}>
      {children}
    </a>
  );
}

/** One task in a GOV.UK task list. */
export interface TaskListItem {
  id: string;
  title: string;
  href?: string | undefined;
  hint?: string;
  status: { text: string; colour?: TagColour | undefined; cannotStart?: boolean };
}

/** GOV.UK task list: a row per task with its status; a task that cannot start yet is not a link. */
export function TaskList({ items }: { items: TaskListItem[] }) {
  return (
    <ul className="govuk-task-list">
      {items.map((item) => {
        const statusId = `${item.id}-status`;
        const hintId = `${item.id}-hint`;
        const linked = Boolean(item.href) && !item.status.cannotStart;
        return (
          <li key={item.id} className={`govuk-task-list__item${linked ? ' govuk-task-list__item--with-link' : ''}`}>
            <div className="govuk-task-list__name-and-hint">
              {linked ? (
                <a className="govuk-link govuk-task-list__link" href={item.href} aria-describedby={`${item.hint ? `${hintId} ` : ''}${statusId}`}>
                  {item.title}
                </a>
              ) : (
                <div>{item.title}</div>
              )}
              {item.hint ? (
                <div id={hintId} className="govuk-task-list__hint">
                  {item.hint}
                </div>
              ) : null}
            </div>
            <div className={`govuk-task-list__status${item.status.cannotStart ? ' govuk-task-list__status--cannot-start-yet' : ''}`} id={statusId}>
              {item.status.colour ? <Tag colour={item.status.colour}>{item.status.text}</Tag> : item.status.text}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
