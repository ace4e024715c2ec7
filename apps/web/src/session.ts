import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { homeFor } from './role-pages.ts';
import { navigate } from './routing.ts';
import { type SessionUser, trpc } from './trpc.ts';

export const SESSION_KEY = ['auth', 'me'] as const;

/** Who is signed in (null for the public). The cookie is httpOnly, so only the server can say. */
export function useSession() {
  return useQuery({ queryKey: SESSION_KEY, queryFn: () => trpc.auth.me.query() });
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { tenantCode: string; username: string; password: string }) => trpc.auth.login.mutate(input),
    onSuccess: (user: SessionUser) => {
      // A different person may have been signed in before: drop everything cached under their session.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] === 'case' });
      queryClient.setQueryData(SESSION_KEY, user);
      navigate(homeFor(user.roles));
    },
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => trpc.auth.logout.mutate(),
    // Even if the server already forgot the session, the browser should stop showing its data.
    onSettled: () => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] === 'case' });
      queryClient.setQueryData(SESSION_KEY, null);
      navigate({ page: 'tenants' });
    },
  });
}
