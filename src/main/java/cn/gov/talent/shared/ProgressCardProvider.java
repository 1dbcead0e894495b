package cn.gov.talent.shared;

import java.util.List;

/**
 * Implemented by the module that follows work under way (the office's open batches, a recommending unit's part in
 * them); the home page shows the cards of every provider, the most urgent first.
 */
public interface ProgressCardProvider {

    List<ProgressCard> cardsFor(CurrentUser user);
}
