package cn.gov.talent.publication;

import java.util.List;

/** An objection not taken, with a reason per field (shown on the same page) or for the whole filing. */
public class FilingRefused extends RuntimeException {

    public record Problem(String field, String messageKey, Object[] arguments) {
    }

    private final transient List<Problem> problems;

    FilingRefused(List<Problem> problems) {
        super(problems.toString());
        this.problems = problems;
    }

    static FilingRefused of(String field, String messageKey, Object... arguments) {
        return new FilingRefused(List.of(new Problem(field, messageKey, arguments)));
    }

    public List<Problem> problems() {
        return problems;
    }
}
