import { CaseListPage } from '../features/cases/CaseListPage';

/** Home page: the cases kept on this device. */
export function HomePage() {
  return <CaseListPage />;
}
