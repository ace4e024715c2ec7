import { useQuery } from '@tanstack/react-query';
import { trpc } from './trpc.ts';

/** The public directory of tenants and departments; it changes only when a tenant config is deployed. */
export function useTenantDirectory() {
  return useQuery({ queryKey: ['tenant', 'directory'], queryFn: () => trpc.tenant.directory.query(), staleTime: 5 * 60_000 });
}
