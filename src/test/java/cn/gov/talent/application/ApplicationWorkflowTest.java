package cn.gov.talent.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
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

import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.Role;

/**
 * Every pair of state and event, checked against the table of DOMAIN.md written out here
 * independently of the production table: allowed pairs succeed for their actor and only for
 * it; every other pair is refused.
 */
class ApplicationWorkflowTest {

    /**
     * DOMAIN.md "Application lifecycle", one line per row: from, event, to, actor (SYSTEM for none); plus
     * REVIEWED ASSIGN_EXPERTS for a later review round (ADR 0013).
     */
    private static final String DOMAIN_TABLE = """
            DRAFT SUBMIT SUBMITTED APPLICANT
            SUBMITTED RETURN RETURNED EMPLOYER
            RETURNED RESUBMIT SUBMITTED APPLICANT
            SUBMITTED ENDORSE ENDORSED EMPLOYER
            SUBMITTED REJECT REJECTED EMPLOYER
            ENDORSED NOMINATE NOMINATED RECOMMENDER
            ENDORSED DECLINE NOT_NOMINATED RECOMMENDER
            ENDORSED RETURN_TO_EMPLOYER SUBMITTED RECOMMENDER
            NOMINATED FORWARD FORWARDED RECOMMENDER
            FORWARDED PASS_FORMAL_REVIEW QUALIFIED OFFICE
            FORWARDED FAIL_FORMAL_REVIEW DISQUALIFIED OFFICE
            QUALIFIED ASSIGN_EXPERTS IN_REVIEW OFFICE
            IN_REVIEW COMPLETE_REVIEWS REVIEWED SYSTEM
            REVIEWED ASSIGN_EXPERTS IN_REVIEW OFFICE
            REVIEWED PROPOSE PROPOSED OFFICE
            REVIEWED LEAVE_OFF NOT_SELECTED OFFICE
            PROPOSED START_NOTICE IN_NOTICE OFFICE
            IN_NOTICE APPROVE APPROVED OFFICE
            IN_NOTICE UPHOLD_OBJECTION REMOVED OFFICE
            APPROVED PUBLISH SELECTED OFFICE
            DRAFT WITHDRAW WITHDRAWN APPLICANT
            SUBMITTED WITHDRAW WITHDRAWN APPLICANT
            RETURNED WITHDRAW WITHDRAWN APPLICANT
            ENDORSED WITHDRAW WITHDRAWN APPLICANT
            NOMINATED WITHDRAW WITHDRAWN APPLICANT
            """;

    /** The events that need a reason; an endorsement's is the employer's opinion (单位意见). */
    private static final Set<WorkflowEvent> NEED_REASON = EnumSet.of(WorkflowEvent.RETURN, WorkflowEvent.REJECT,
            WorkflowEvent.DECLINE, WorkflowEvent.RETURN_TO_EMPLOYER, WorkflowEvent.FAIL_FORMAL_REVIEW,
            WorkflowEvent.UPHOLD_OBJECTION, WorkflowEvent.ENDORSE);

    private record Row(ApplicationStatus to, String actor) {
    }

    private static Map<String, Row> expected() {
        Map<String, Row> rows = new HashMap<>();
        DOMAIN_TABLE.lines().map(String::trim).filter(line -> !line.isEmpty()).forEach(line -> {
            String[] cells = line.split(" ");
            rows.put(cells[0] + " " + cells[1], new Row(ApplicationStatus.valueOf(cells[2]), cells[3]));
        });
        return rows;
    }

    static Stream<Arguments> everyPair() {
        return Arrays.stream(ApplicationStatus.values()).flatMap(status -> Arrays.stream(WorkflowEvent.values())
                .map(event -> Arguments.of(status, event)));
    }

    @ParameterizedTest(name = "{0} + {1}")
    @MethodSource("everyPair")
    void eachPairIsAllowedExactlyWhenDomainTableSaysSoAndOnlyForItsActor(ApplicationStatus from, WorkflowEvent event) {
        Row row = expected().get(from + " " + event);
        String reason = "理由";
        if (row == null) {
            for (Actor actor : everyActor()) {
                assertThatThrownBy(() -> ApplicationWorkflow.decide(from, event, actor, reason, TransitionFacts.ALL_MET))
                        .isInstanceOf(TransitionRefused.class)
                        .extracting(e -> ((TransitionRefused) e).messageKey())
                        .isEqualTo("workflow.refused.notAllowed");
            }
            return;
        }
        Actor rightful = row.actor().equals("SYSTEM") ? Actor.system("system") : person(Role.valueOf(row.actor()));
        assertThat(ApplicationWorkflow.decide(from, event, rightful, reason, TransitionFacts.ALL_MET).to())
                .isEqualTo(row.to());
        for (Actor other : everyActor()) {
            if (!other.username().equals(rightful.username())) {
                assertThatThrownBy(() -> ApplicationWorkflow.decide(from, event, other, reason, TransitionFacts.ALL_MET))
                        .isInstanceOf(TransitionRefused.class)
                        .extracting(e -> ((TransitionRefused) e).messageKey())
                        .isEqualTo("workflow.refused.wrongActor");
            }
        }
    }

    @Test
    void productionTableHasNoRowBeyondDomainTable() {
        assertThat(ApplicationWorkflow.table()).hasSize(expected().size());
    }

    @Test
    void finalStatesHaveNoWayOut() {
        for (ApplicationStatus status : ApplicationStatus.values()) {
            boolean hasExit = ApplicationWorkflow.table().stream().anyMatch(row -> row.from() == status);
            assertThat(hasExit).as(status.name()).isEqualTo(!status.isTerminal());
        }
    }

    @ParameterizedTest
    @MethodSource("rowsNeedingReason")
    void rejectionsNeedAReason(ApplicationWorkflow.Transition row) {
        Actor actor = person(row.actor());
        for (String blank : new String[] {null, "", "   "}) {
            assertThatThrownBy(() -> ApplicationWorkflow.decide(row.from(), row.event(), actor, blank,
                    TransitionFacts.ALL_MET))
                    .extracting(e -> ((TransitionRefused) e).messageKey())
                    .isEqualTo(row.event() == WorkflowEvent.ENDORSE ? "workflow.refused.opinionRequired"
                            : "workflow.refused.reasonRequired");
        }
    }

    static Stream<ApplicationWorkflow.Transition> rowsNeedingReason() {
        return ApplicationWorkflow.table().stream().filter(row -> NEED_REASON.contains(row.event()));
    }

    @Test
    void reasonIsOptionalElsewhere() {
        ApplicationWorkflow.table().stream().filter(row -> !NEED_REASON.contains(row.event())).forEach(row -> {
            Actor actor = row.actor() == null ? Actor.system("test") : person(row.actor());
            assertThat(ApplicationWorkflow.decide(row.from(), row.event(), actor, null, TransitionFacts.ALL_MET).to())
                    .isEqualTo(row.to());
        });
    }

    @Test
    void submitNeedsEligibilityOrAnExceptionRequest() {
        Actor applicant = person(Role.APPLICANT);
        TransitionFacts ineligible = TransitionFacts.NONE;
        assertThatThrownBy(() -> ApplicationWorkflow.decide(ApplicationStatus.DRAFT, WorkflowEvent.SUBMIT, applicant,
                null, ineligible)).extracting(e -> ((TransitionRefused) e).messageKey())
                .isEqualTo("workflow.refused.guard");
        assertThat(ApplicationWorkflow.decide(ApplicationStatus.DRAFT, WorkflowEvent.SUBMIT, applicant, null,
                ineligible.withExceptionRequested(true)).to()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(ApplicationWorkflow.decide(ApplicationStatus.RETURNED, WorkflowEvent.RESUBMIT, applicant, null,
                ineligible.withEligible(true)).to()).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void guardsRefuseWhenTheirFactIsMissing() {
        assertGuard(ApplicationStatus.NOMINATED, WorkflowEvent.FORWARD, Role.RECOMMENDER);
        assertThatThrownBy(() -> ApplicationWorkflow.decide(ApplicationStatus.IN_REVIEW,
                WorkflowEvent.COMPLETE_REVIEWS, Actor.system("t"), null, TransitionFacts.NONE))
                .extracting(e -> ((TransitionRefused) e).messageKey()).isEqualTo("workflow.refused.guard");
        assertThatThrownBy(() -> ApplicationWorkflow.decide(ApplicationStatus.IN_NOTICE, WorkflowEvent.APPROVE,
                person(Role.OFFICE), null, TransitionFacts.ALL_MET.withOpenObjection(true)))
                .extracting(e -> ((TransitionRefused) e).messageKey()).isEqualTo("workflow.refused.guard");
    }

    @Test
    void theQuotaIsNoGuardButTheDatabasesCount() {
        assertThat(ApplicationWorkflow.find(ApplicationStatus.ENDORSED, WorkflowEvent.NOMINATE).orElseThrow().guard())
                .isEqualTo(Guard.NONE);
    }

    @Test
    void onlyWhatTheApplicantMayStillSubmitIsEditable() {
        assertThat(EnumSet.allOf(ApplicationStatus.class).stream().filter(ApplicationWorkflow::isEditable))
                .containsExactlyInAnyOrder(ApplicationStatus.DRAFT, ApplicationStatus.RETURNED);
        assertThat(ApplicationWorkflow.eventsOf(Role.EMPLOYER))
                .containsExactlyInAnyOrder(WorkflowEvent.RETURN, WorkflowEvent.ENDORSE, WorkflowEvent.REJECT);
    }

    @Test
    void eventsForRoleListsOnlyWhatThatRoleMayDo() {
        assertThat(ApplicationWorkflow.eventsFor(ApplicationStatus.SUBMITTED, Set.of(Role.EMPLOYER)))
                .containsExactlyInAnyOrder(WorkflowEvent.RETURN, WorkflowEvent.ENDORSE, WorkflowEvent.REJECT);
        assertThat(ApplicationWorkflow.eventsFor(ApplicationStatus.SUBMITTED, Set.of(Role.APPLICANT)))
                .containsExactly(WorkflowEvent.WITHDRAW);
        assertThat(ApplicationWorkflow.eventsFor(ApplicationStatus.FORWARDED, Set.of(Role.APPLICANT))).isEmpty();
    }

    private static void assertGuard(ApplicationStatus from, WorkflowEvent event, Role role) {
        assertThatThrownBy(() -> ApplicationWorkflow.decide(from, event, person(role), null, TransitionFacts.NONE))
                .extracting(e -> ((TransitionRefused) e).messageKey()).isEqualTo("workflow.refused.guard");
    }

    private static Actor person(Role role) {
        return new Actor(1L, role.name().toLowerCase(), Set.of(role), 1, "/1/");
    }

    private static Iterable<Actor> everyActor() {
        var actors = new ArrayList<Actor>();
        for (Role role : Role.values()) {
            actors.add(person(role));
        }
        actors.add(Actor.system("system"));
        return actors;
    }
}
