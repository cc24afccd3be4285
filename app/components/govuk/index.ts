export { ErrorSummary, type SummaryError } from './ErrorSummary';
export { TextInput, Textarea, Select, Fieldset, Radios, Checkbox, DateInput, ErrorMessage, type ChoiceOption, type DateParts } from './fields';
export { Button, Panel, Tag, InsetText, WarningText, NotificationBanner, SummaryList, BackLink, TaskList, type SummaryRow, type TaskListItem, type TagColour } from './content';
