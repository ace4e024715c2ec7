import { useQuery } from '@tanstack/react-query';
import { Flex, Typography } from 'antd';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { ApprovalList } from '../components/head/ApprovalList.tsx';
import { DiscussionRecord } from '../components/head/DiscussionRecord.tsx';
import { ReviewAssignments } from '../components/head/ReviewAssignments.tsx';
import { PageLoading } from '../components/PageLoading.tsx';
import { SignInRequired } from '../components/SignInRequired.tsx';
import { useI18n } from '../i18n/index.ts';
import { useSession } from '../session.ts';
import { trpc } from '../trpc.ts';

/** What waits for the head: approvals, reviews to assign or settle, and collective discussions to record. */
export function ApprovalsPage() {
  const { t } = useI18n();
  const session = useSession();
  const signedIn = Boolean(session.data);
  const inbox = useQuery({ queryKey: ['case', 'headInbox', session.data?.id], queryFn: () => trpc.workspace.headInbox.query(), enabled: signedIn });
  if (session.isPending) return <PageLoading />;
  if (!signedIn) return <SignInRequired />;
  if (inbox.isError) return <ErrorAlert error={inbox.error} onRetry={() => void inbox.refetch()} testId="head-inbox-error" />;
  if (inbox.isPending) return <PageLoading />;
  return (
    <Flex vertical gap={16} data-testid="approvals-page">
      <Typography.Title level={2}>{t('head.title')}</Typography.Title>
      <ApprovalList approvals={inbox.data.approvals} />
      <ReviewAssignments inbox={inbox.data} />
      <DiscussionRecord discussions={inbox.data.discussions} />
    </Flex>
  );
}
