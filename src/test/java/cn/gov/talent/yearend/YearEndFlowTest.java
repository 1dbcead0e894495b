package cn.gov.talent.yearend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import cn.gov.talent.shared.Refusal;
import cn.gov.talent.shared.Role;
import cn.gov.talent.yearend.YearEndFlow.Facts;

/**
 * Every pair of year-end report state and event, checked against the issue's state machine (NOT_STARTED / DRAFT
 * → SUBMITTED by the recommending unit by the deadline; SUBMITTED → RETURNED by the office with a reason →
 * SUBMITTED again; the office reopens a report not submitted after the deadline), here independently of the
 * production table: an allowed pair succeeds for its role (with a reason where one is required and its guard
 * met) and for no other role; every other pair is refused for every role. Then each guard, met and not.
 */
class YearEndFlowTest {

    /** from, event, to, role, guard, and "reason" when a reason is required. */
    private static final String ISSUE_16 = """
            NOT_STARTED SAVE_YEAR_END DRAFT RECOMMENDER BY_DEADLINE
            DRAFT SAVE_YEAR_END DRAFT RECOMMENDER BY_DEADLINE
            NOT_STARTED SUBMIT_YEAR_END SUBMITTED RECOMMENDER BY_DEADLINE
            DRAFT SUBMIT_YEAR_END SUBMITTED RECOMMENDER BY_DEADLINE
            SUBMITTED RETURN_YEAR_END RETURNED OFFICE NONE reason
            RETURNED SAVE_YEAR_END RETURNED RECOMMENDER NONE
            RETURNED SUBMIT_YEAR_END SUBMITTED RECOMMENDER NONE
            NOT_STARTED REOPEN_YEAR_END NOT_STARTED OFFICE PAST_DEADLINE
            DRAFT REOPEN_YEAR_END DRAFT OFFICE PAST_DEADLINE
            """;

    private static final String REASON = "数据有误，请核对后重新报送";

    /** The facts each guard needs to hold: in time for BY_DEADLINE, past the deadline for PAST_DEADLINE. */
    private static Facts met(YearEndFlow.Guard guard) {
        return guard == YearEndFlow.Guard.PAST_DEADLINE ? new Facts(true, false) : Facts.IN_TIME;
    }

    private record Row(YearEndStatus to, Role role, YearEndFlow.Guard guard, boolean reasonRequired) {
    }

    private static Map<String, Row> expected() {
        Map<String, Row> rows = new HashMap<>();
        ISSUE_16.lines().map(String::trim).filter(line -> !line.isEmpty()).forEach(line -> {
            String[] cells = line.split(" ");
            rows.put(cells[0] + " " + cells[1], new Row(YearEndStatus.valueOf(cells[2]), Role.valueOf(cells[3]),
                    YearEndFlow.Guard.valueOf(cells[4]), cells.length > 5));
        });
        return rows;
    }

    static Stream<Arguments> everyPair() {
        return Arrays.stream(YearEndStatus.values()).flatMap(status -> Arrays.stream(YearEndEvent.values())
                .map(event -> Arguments.of(status, event)));
    }

    @ParameterizedTest(name = "{0} + {1}")
    @MethodSource("everyPair")
    void eachPairIsAllowedExactlyWhenTheIssueSaysSoAndOnlyForItsRole(YearEndStatus from, YearEndEvent event) {
        Row row = expected().get(from + " " + event);
        if (row == null) {
            assertThat(YearEndFlow.find(from, event)).isEmpty();
            for (Facts facts : new Facts[] {Facts.IN_TIME, new Facts(true, false), new Facts(true, true)}) {
                assertRefused(() -> YearEndFlow.decide(from, event, EnumSet.allOf(Role.class), REASON, facts),
                        "yearend.refused.notAllowed");
            }
            return;
        }
        Facts facts = met(row.guard());
        YearEndFlow.Transition decided = YearEndFlow.decide(from, event, Set.of(row.role()), REASON, facts);
        assertThat(decided.to()).isEqualTo(row.to());
        assertThat(decided.actor()).isEqualTo(row.role());
        assertThat(decided.guard()).isEqualTo(row.guard());
        assertThat(decided.reasonRequired()).isEqualTo(row.reasonRequired());
        for (Role other : Role.values()) {
            if (other != row.role()) {
                assertRefused(() -> YearEndFlow.decide(from, event, Set.of(other), REASON, facts),
                        "yearend.refused.wrongActor");
            }
        }
        if (row.reasonRequired()) {
            for (String blank : new String[] {null, "", "   "}) {
                assertRefused(() -> YearEndFlow.decide(from, event, Set.of(row.role()), blank, facts),
                        "yearend.refused.reasonRequired");
            }
        } else {
            assertThat(YearEndFlow.decide(from, event, Set.of(row.role()), null, facts).to()).isEqualTo(row.to());
        }
    }

    @Test
    void theProductionTableHasNoRowBeyondTheIssue() {
        assertThat(YearEndFlow.table()).hasSize(expected().size());
        assertThat(YearEndFlow.table()).allSatisfy(row -> assertThat(expected())
                .containsKey(row.from() + " " + row.event()));
    }

    @Test
    void afterTheDeadlineTheUnitSubmitsOnlyOnceTheOfficeReopenedItsReport() {
        Set<Role> unit = Set.of(Role.RECOMMENDER);
        for (YearEndStatus status : new YearEndStatus[] {YearEndStatus.NOT_STARTED, YearEndStatus.DRAFT}) {
            for (YearEndEvent event : new YearEndEvent[] {YearEndEvent.SAVE_YEAR_END, YearEndEvent.SUBMIT_YEAR_END}) {
                assertRefused(() -> YearEndFlow.decide(status, event, unit, null, new Facts(true, false)),
                        "yearend.refused.guard.BY_DEADLINE");
                assertThat(YearEndFlow.decide(status, event, unit, null, new Facts(true, true)).to())
                        .isIn(YearEndStatus.DRAFT, YearEndStatus.SUBMITTED);
                assertThat(YearEndFlow.decide(status, event, unit, null, Facts.IN_TIME).to())
                        .isIn(YearEndStatus.DRAFT, YearEndStatus.SUBMITTED);
            }
        }
        // a returned report is submitted again whatever the day: the office asked for it
        assertThat(YearEndFlow.decide(YearEndStatus.RETURNED, YearEndEvent.SUBMIT_YEAR_END, unit, null,
                new Facts(true, false)).to()).isEqualTo(YearEndStatus.SUBMITTED);
    }

    @Test
    void theOfficeReopensOnlyAfterTheDeadline() {
        Set<Role> office = Set.of(Role.OFFICE);
        assertRefused(() -> YearEndFlow.decide(YearEndStatus.DRAFT, YearEndEvent.REOPEN_YEAR_END, office, null,
                Facts.IN_TIME), "yearend.refused.guard.PAST_DEADLINE");
        assertThat(YearEndFlow.decide(YearEndStatus.NOT_STARTED, YearEndEvent.REOPEN_YEAR_END, office, null,
                new Facts(true, false)).to()).isEqualTo(YearEndStatus.NOT_STARTED);
        // a submitted report is returned, never reopened
        assertRefused(() -> YearEndFlow.decide(YearEndStatus.SUBMITTED, YearEndEvent.REOPEN_YEAR_END, office, null,
                new Facts(true, false)), "yearend.refused.notAllowed");
    }

    @Test
    void eachRoleSeesOnlyItsOwnSteps() {
        Set<Role> unit = Set.of(Role.RECOMMENDER);
        Set<Role> office = Set.of(Role.OFFICE);
        assertThat(YearEndFlow.eventsFor(YearEndStatus.NOT_STARTED, unit))
                .containsExactlyInAnyOrder(YearEndEvent.SAVE_YEAR_END, YearEndEvent.SUBMIT_YEAR_END);
        assertThat(YearEndFlow.eventsFor(YearEndStatus.SUBMITTED, unit)).isEmpty();
        assertThat(YearEndFlow.eventsFor(YearEndStatus.SUBMITTED, office)).containsExactly(YearEndEvent.RETURN_YEAR_END);
        assertThat(YearEndFlow.eventsFor(YearEndStatus.RETURNED, office)).isEmpty();
        assertThat(YearEndFlow.eventsFor(YearEndStatus.DRAFT, office)).containsExactly(YearEndEvent.REOPEN_YEAR_END);
        assertThat(YearEndFlow.eventsFor(YearEndStatus.SUBMITTED, Set.of(Role.SUPERVISOR, Role.EMPLOYER))).isEmpty();
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(Refusal.class,
                refused -> assertThat(refused.messageKey()).isEqualTo(key));
    }
}
