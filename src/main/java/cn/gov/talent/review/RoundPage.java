package cn.gov.talent.review;

import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;

/** One page of a round's candidates with their panels, for the office. */
record RoundPage(Page<RoundCandidate> candidates, Map<Long, List<PanelSeat>> panels) {
}
