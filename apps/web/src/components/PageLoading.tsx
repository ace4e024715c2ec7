import { Flex, Spin } from 'antd';
import { useI18n } from '../i18n/index.ts';

export function PageLoading() {
  const { t } = useI18n();
  return (
    <Flex justify="center" style={{ padding: 48 }}>
      <Spin description={t('common.loading')} />
    </Flex>
  );
}
