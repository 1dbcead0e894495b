package cn.gov.talent.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.gov.talent.program.RubricCriterion;

/** A review's total is Σ points × weight over the rubric, and nothing while a criterion is unscored. */
class ReviewTotalTest {

    private static final List<RubricCriterion> RUBRIC = List.of(new RubricCriterion("创新能力", 25, new BigDecimal("1.2")),
            new RubricCriterion("业绩贡献", 30, BigDecimal.ONE), new RubricCriterion("团队建设", 15, new BigDecimal("0.5")));

    @Test
    void weighsEachCriterion() {
        assertThat(ExpertReviews.total(RUBRIC, List.of(20, 25, 10))).isEqualByComparingTo("54.00");
        assertThat(ExpertReviews.total(RUBRIC, List.of(0, 0, 0))).isEqualByComparingTo("0.00");
    }

    @Test
    void hasNoTotalWhileACriterionIsUnscored() {
        assertThat(ExpertReviews.total(RUBRIC, Arrays.asList(20, null, 10))).isNull();
        assertThat(ExpertReviews.total(RUBRIC, List.of(20))).isNull();
    }

    @Test
    void theMaximumIsEveryCriterionAtItsMaximum() {
        assertThat(ExpertReviews.maxTotal(RUBRIC)).isEqualByComparingTo("67.5");
    }
}
