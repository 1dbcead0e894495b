package cn.gov.talent.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.Refusal;
import cn.gov.talent.shared.Role;

/**
 * Every pair of report status and event against the annual assessment of DOMAIN.md (the person
 * reports, the employer grades, the recommending unit confirms, the office files), written out here
 * independently of the production table: allowed for its actor only, refused otherwise.
 */
class YearlyReportFlowTest {

    /** from, event, to, actor, and "reason" when a reason is required. */
    private static final String DOMAIN_TABLE = """
            RETURNED RESUBMIT SUBMITTED APPLICANT
            SUBMITTED GRADE GRADED EMPLOYER
            SUBMITTED RETURN RETURNED EMPLOYER reason
            GRADED CONFIRM CONFIRMED RECOMMENDER
            GRADED SEND_BACK SUBMITTED RECOMMENDER reason
            CONFIRMED FILE FILED OFFICE
            """;

    private static final String REASON = "请补充本年度成果的证明材料。";

    private record Row(ReportStatus to, Role actor, boolean reasonRequired) {
    }

    private static Map<String, Row> expected() {
        Map<String, Row> rows = new HashMap<>();
        DOMAIN_TABLE.lines().map(String::trim).filter(line -> !line.isEmpty()).forEach(line -> {
            String[] cells = line.split(" ");
            rows.put(cells[0] + " " + cells[1], new Row(ReportStatus.valueOf(cells[2]), Role.valueOf(cells[3]),
                    cells.length > 4));
        });
        return rows;
    }

    static Stream<Arguments> everyPair() {
        return Arrays.stream(ReportStatus.values()).flatMap(status -> Arrays.stream(ReportEvent.values())
                .map(event -> Arguments.of(status, event)));
    }

    @ParameterizedTest(name = "{0} + {1}")
    @MethodSource("everyPair")
    void eachPairIsAllowedExactlyWhenTheDomainTableSaysSoAndOnlyForItsActor(ReportStatus from, ReportEvent event) {
        Row row = expected().get(from + " " + event);
        if (row == null) {
            assertThat(YearlyReportFlow.find(from, event)).isEmpty();
            for (Actor actor : everyActor()) {
                assertRefused(() -> YearlyReportFlow.decide(from, event, actor, REASON),
                        "talent.report.refused.notAllowed");
            }
            return;
        }
        YearlyReportFlow.Step step = YearlyReportFlow.decide(from, event, person(row.actor()), REASON);
        assertThat(step.to()).isEqualTo(row.to());
        assertThat(step.reasonRequired()).isEqualTo(row.reasonRequired());
        for (Actor other : everyActor()) {
            if (!other.has(row.actor())) {
                assertRefused(() -> YearlyReportFlow.decide(from, event, other, REASON),
                        "talent.report.refused.wrongActor");
            }
        }
        if (row.reasonRequired()) {
            for (String blank : new String[] {null, "", "  "}) {
                assertRefused(() -> YearlyReportFlow.decide(from, event, person(row.actor()), blank),
                        "talent.refused.reasonRequired");
            }
        } else {
            assertThat(YearlyReportFlow.decide(from, event, person(row.actor()), null).to()).isEqualTo(row.to());
        }
    }

    @Test
    void theProductionTableHasNoStepBeyondTheDomainTable() {
        assertThat(YearlyReportFlow.table()).hasSize(expected().size());
        assertThat(YearlyReportFlow.table()).allSatisfy(step -> assertThat(expected())
                .containsKey(step.from() + " " + step.event()));
    }

    @Test
    void aFiledReportIsFinalAndEveryOtherStatusHasAWayOn() {
        for (ReportStatus status : ReportStatus.values()) {
            boolean hasExit = YearlyReportFlow.table().stream().anyMatch(step -> step.from() == status);
            assertThat(hasExit).as(status.name()).isEqualTo(status != ReportStatus.FILED);
        }
    }

    @Test
    void theMainLineRunsFromTheSubmissionToTheFileOneRoleAtATime() {
        ReportStatus status = ReportStatus.SUBMITTED;
        for (Object[] step : new Object[][] {{ReportEvent.GRADE, Role.EMPLOYER},
                {ReportEvent.CONFIRM, Role.RECOMMENDER}, {ReportEvent.FILE, Role.OFFICE}}) {
            status = YearlyReportFlow.decide(status, (ReportEvent) step[0], person((Role) step[1]), null).to();
        }
        assertThat(status).isEqualTo(ReportStatus.FILED);
    }

    @Test
    void stepsForARoleListOnlyWhatThatRoleMayDo() {
        assertThat(YearlyReportFlow.eventsFor(ReportStatus.SUBMITTED, Set.of(Role.EMPLOYER)))
                .containsExactlyInAnyOrder(ReportEvent.GRADE, ReportEvent.RETURN);
        assertThat(YearlyReportFlow.eventsFor(ReportStatus.SUBMITTED, Set.of(Role.APPLICANT, Role.RECOMMENDER,
                Role.OFFICE, Role.SUPERVISOR))).isEmpty();
        assertThat(YearlyReportFlow.eventsFor(ReportStatus.GRADED, Set.of(Role.RECOMMENDER)))
                .containsExactlyInAnyOrder(ReportEvent.CONFIRM, ReportEvent.SEND_BACK);
        assertThat(YearlyReportFlow.eventsFor(ReportStatus.CONFIRMED, Set.of(Role.OFFICE)))
                .containsExactly(ReportEvent.FILE);
        assertThat(YearlyReportFlow.eventsFor(ReportStatus.RETURNED, Set.of(Role.APPLICANT)))
                .containsExactly(ReportEvent.RESUBMIT);
        assertThat(YearlyReportFlow.eventsFor(ReportStatus.FILED, Set.of(Role.values()))).isEmpty();
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(Refusal.class,
                refused -> assertThat(refused.messageKey()).isEqualTo(key));
    }

    private static Actor person(Role role) {
        return new Actor(1L, role.name().toLowerCase(), Set.of(role), 1, "/1/");
    }

    private static List<Actor> everyActor() {
        var actors = new ArrayList<Actor>();
        for (Role role : Role.values()) {
            actors.add(person(role));
        }
        actors.add(Actor.system("system"));
        return actors;
    }
}
