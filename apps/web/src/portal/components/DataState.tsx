import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { appErrorCode } from '../../app-error.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { usePortalText } from '../portal-text.ts';

/** Loading, a failure in the reader's language (NOT_FOUND as the portal's own words), or the page itself. */
export function DataState<T>({ query, children }: { query: UseQueryResult<T>; children: (data: T) => ReactNode }) {
  const { t } = usePortalText();
  if (query.isPending) return <PageLoading />;
  if (query.isError) {
    if (appErrorCode(query.error) === 'NOT_FOUND') {
      return <p className="portal-notice error" role="alert" data-testid="portal-not-found">{t('portal.notFound')}</p>;
    }
    return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} testId="portal-error" />;
  }
  return <>{children(query.data)}</>;
}
