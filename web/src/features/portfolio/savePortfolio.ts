import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PortfolioView } from '../../../../contracts/trajectories-api.js';
import { ApiError } from '../../api/client';
import { trajectoryKeys } from '../../api/trajectories';

/** Someone saved the portfolio since this page read it (the server's revision check). */
export const isStale = (error: unknown) => error instanceof ApiError && error.code === 'PORTFOLIO_CHANGED';

/**
 * A change of the portfolio: the answer is the portfolio as saved (its new revision and live checklist), so
 * it replaces the cached one at once; the trajectory is read again, as a first edit after feedback moves it
 * to revising.
 */
export function usePortfolioMutation<Input>(
  trajectoryId: string,
  mutationFn: (input: Input) => Promise<PortfolioView>,
  onSaved?: (view: PortfolioView, input: Input) => void,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async (view, input) => {
      queryClient.setQueryData(trajectoryKeys.portfolio(trajectoryId), view);
      onSaved?.(view, input);
      await queryClient.invalidateQueries({ queryKey: trajectoryKeys.one(trajectoryId) });
    },
  });
}
