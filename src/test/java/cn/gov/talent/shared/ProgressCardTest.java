package cn.gov.talent.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A dashboard card from its dates: the nearest ahead is next, those past with work outstanding are overdue (the
 * oldest first), those past with nothing outstanding drop out; overdue cards come first, the longest overdue first,
 * then the nearest next date. A bar measures something there is.
 */
class ProgressCardTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 1, 1);

    @Test
    void theNearestDateAheadIsNextAndThosePastWithWorkLeftAreOverdue() {
        ProgressCard card = card("a", List.of(
                Milestone.of("late", TODAY.minusDays(1), TODAY, "left", 2, "/"),
                Milestone.of("later", TODAY.minusDays(5), TODAY, "left", 1, "/"),
                Milestone.of("done", TODAY.minusDays(9), TODAY, "left", 0, "/"),
                Milestone.info("past", TODAY.minusDays(3), TODAY, "/"),
                Milestone.info("soon", TODAY.plusDays(4), TODAY, "/"),
                Milestone.of("today", TODAY, TODAY, "left", 3, "/")));
        assertThat(card.next().messageKey()).isEqualTo("today");
        assertThat(card.next().daysLeft()).isZero();
        assertThat(card.next().isOverdue()).isFalse();
        assertThat(card.overdue()).extracting(Milestone::messageKey).containsExactly("later", "late");
        assertThat(card.overdue()).extracting(Milestone::daysOverdue).containsExactly(5L, 1L);
        assertThat(card.isOverdue()).isTrue();
    }

    @Test
    void withoutDatesThereIsNoNextAndNothingOverdue() {
        ProgressCard card = card("a", List.of(Milestone.info("past", TODAY.minusDays(1), TODAY, "/")));
        assertThat(card.next()).isNull();
        assertThat(card.isOverdue()).isFalse();
    }

    @Test
    void overdueCardsComeFirstTheLongestOverdueFirstThenTheNearestDate() {
        ProgressCard none = card("none", List.of());
        ProgressCard farAhead = card("far", List.of(Milestone.info("x", TODAY.plusDays(30), TODAY, "/")));
        ProgressCard nearAhead = card("near", List.of(Milestone.info("x", TODAY.plusDays(2), TODAY, "/")));
        ProgressCard lateByOne = card("one", List.of(Milestone.of("x", TODAY.minusDays(1), TODAY, "y", 1, "/")));
        ProgressCard lateByTen = card("ten", List.of(Milestone.of("x", TODAY.minusDays(10), TODAY, "y", 1, "/"),
                Milestone.info("x", TODAY.plusDays(1), TODAY, "/")));
        List<ProgressCard> cards = new ArrayList<>(List.of(none, farAhead, nearAhead, lateByOne, lateByTen));
        cards.sort(ProgressCard.MOST_URGENT_FIRST);
        assertThat(cards).extracting(ProgressCard::key).containsExactly("ten", "one", "near", "far", "none");
    }

    @Test
    void aBarMeasuresSomethingThereIs() {
        assertThat(ProgressBar.of("x", 0, 0, "/")).isEmpty();
        ProgressBar bar = ProgressBar.of("x", 2, 3, "/").orElseThrow();
        assertThat(bar.percent()).isEqualTo(66);
        assertThat(bar.isComplete()).isFalse();
        assertThat(ProgressBar.of("x", 5, 3, "/").orElseThrow().isComplete()).as("never more than all").isTrue();
        assertThatThrownBy(() -> new ProgressBar("x", 1, 0, "/")).isInstanceOf(IllegalArgumentException.class);
    }

    private static ProgressCard card(String key, List<Milestone> dates) {
        return ProgressCard.of(key, key, "program", "batch.stage.OPEN", "/", dates, List.of(), List.of());
    }
}
