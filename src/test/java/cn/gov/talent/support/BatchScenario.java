package cn.gov.talent.support;

import static cn.gov.talent.application.ApplicationStatus.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.JdbcTemplate;

import cn.gov.talent.application.ApplicationStatus;
import cn.gov.talent.application.Applications;
import cn.gov.talent.application.TransitionFacts;
import cn.gov.talent.application.WorkflowEvent;
import cn.gov.talent.organization.UserAccount;
import cn.gov.talent.program.BatchStage;
import cn.gov.talent.program.BatchSummary;
import cn.gov.talent.program.Program;
import cn.gov.talent.program.ProgramTier;
import cn.gov.talent.program.Programs;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.Role;

/**
 * A fresh program with one batch of the demo's year, at a chosen stage and with a chosen timetable, and
 * applications of 南昌大学 (under 南昌市人社局) walked to chosen states by the actors the workflow names: the figures
 * of the batch are known, whatever other tests left in the database.
 */
public class BatchScenario {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final Programs programs;
    private final Applications applications;
    private final TestData data;
    private final JdbcTemplate jdbc;

    BatchScenario(Programs programs, Applications applications, TestData data, JdbcTemplate jdbc) {
        this.programs = programs;
        this.applications = applications;
        this.data = data;
        this.jdbc = jdbc;
    }

    public record Fresh(long batchId, long categoryId, String title) {
    }

    /** A batch at this stage, its window from 30 to 10 days ago, no other date set. */
    public Fresh batch(BatchStage stage) {
        String code = "DB" + COUNTER.incrementAndGet() + (System.nanoTime() % 100000);
        Program program = programs.createProgram(code, "工作台测试工程 " + code, ProgramTier.PROVINCIAL, "测试",
                List.<String[]>of(new String[] {"PRO", "专业技术人才"}));
        String title = "工作台测试批次 " + code;
        BatchSummary batch = programs.createBatch(program.getId(), data.year(), title, stage,
                data.today().minusDays(30), data.today().minusDays(10), data.referenceDate());
        return new Fresh(batch.id(), program.getCategories().get(0).getId(), title);
    }

    /** Sets the batch's deadlines (any may be null), as the office's batch form would. */
    public void timetable(Fresh batch, LocalDate employerDeadline, LocalDate recommenderDeadline,
            LocalDate reviewStarts, LocalDate reviewEnds) {
        jdbc.update("""
                update batch set employer_deadline = ?, recommender_deadline = ?, review_starts = ?, review_ends = ?
                where id = ?""", employerDeadline, recommenderDeadline, reviewStarts, reviewEnds, batch.batchId());
    }

    /**
     * {@code count} applications of new applicants of 南昌大学, each walked to {@code status}: SUBMITTED, ENDORSED,
     * REJECTED, NOMINATED (without taking a place), FORWARDED, QUALIFIED or DISQUALIFIED.
     */
    public List<Long> applications(Fresh batch, ApplicationStatus status, int count) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            UserAccount applicant = data.newUser("db", "NCU", Role.APPLICANT);
            Actor actor = Actor.of(data.currentUser(applicant));
            long id = applications.createDraft(actor, applicant.getFullName(), batch.batchId(), batch.categoryId(),
                    "南昌大学").getId();
            for (WorkflowEvent event : pathTo(status)) {
                fire(id, event, switch (event) {
                    case SUBMIT -> actor;
                    case ENDORSE, REJECT -> data.actor("employer");
                    case NOMINATE, FORWARD -> data.actor("recommender");
                    default -> data.actor("office");
                });
            }
            ids.add(id);
        }
        return ids;
    }

    private void fire(long id, WorkflowEvent event, Actor actor) {
        String reason = switch (event) {
            case ENDORSE -> ReviewScenario.OPINION;
            case NOMINATE -> "经综合评价，同意推荐。";
            case REJECT -> "申报人不属于本单位在编在岗人员。";
            case FAIL_FORMAL_REVIEW -> "不符合申报条件。";
            default -> null;
        };
        applications.fire(id, event, actor, reason, TransitionFacts.ALL_MET);
    }

    private static List<WorkflowEvent> pathTo(ApplicationStatus status) {
        List<WorkflowEvent> path = new ArrayList<>(List.of(WorkflowEvent.SUBMIT));
        if (status == SUBMITTED) {
            return path;
        }
        if (status == REJECTED) {
            path.add(WorkflowEvent.REJECT);
            return path;
        }
        path.add(WorkflowEvent.ENDORSE);
        if (status == ENDORSED) {
            return path;
        }
        path.add(WorkflowEvent.NOMINATE);
        if (status == NOMINATED) {
            return path;
        }
        path.add(WorkflowEvent.FORWARD);
        if (status == FORWARDED) {
            return path;
        }
        if (status == QUALIFIED) {
            path.add(WorkflowEvent.PASS_FORMAL_REVIEW);
        } else if (status == DISQUALIFIED) {
            path.add(WorkflowEvent.FAIL_FORMAL_REVIEW);
        } else {
            throw new IllegalArgumentException("not walked by the scenario: " + status);
        }
        return path;
    }
}
