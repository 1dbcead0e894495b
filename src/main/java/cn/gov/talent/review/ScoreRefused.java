package cn.gov.talent.review;

import java.util.List;

/** A score the expert must correct: each problem names its field (for the error summary) and message. */
public class ScoreRefused extends RuntimeException {

    public record Problem(String field, String messageKey, Object[] arguments) {
    }

    private final transient List<Problem> problems;

    ScoreRefused(List<Problem> problems) {
        super(problems.toString());
        this.problems = problems;
    }

    public List<Problem> problems() {
        return problems;
    }
}
