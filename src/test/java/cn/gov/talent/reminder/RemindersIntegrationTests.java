package cn.gov.talent.reminder;

import static cn.gov.talent.application.ApplicationStatus.ENDORSED;
import static cn.gov.talent.application.ApplicationStatus.SUBMITTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.gov.talent.organization.Accounts;
import cn.gov.talent.program.BatchStage;
import cn.gov.talent.recommendation.Nominations;
import cn.gov.talent.shared.BusinessTime;
import cn.gov.talent.shared.CurrentUser;
import cn.gov.talent.shared.Milestone;
import cn.gov.talent.shared.ProgressCard;
import cn.gov.talent.shared.ProgressCardProvider;
import cn.gov.talent.support.BatchScenario;
import cn.gov.talent.support.IntegrationTest;
import cn.gov.talent.support.TestClock;
import cn.gov.talent.support.TestData;

/**
 * A batch walked through its deadlines on the demo calendar (国庆 2026): the employers' deadline on Friday 9
 * October, the recommending units' on Friday 16 October. The clock is moved day by day and the reminders run at
 * each: the employer is reminded three and one working days before (Tuesday 29 September, before the holiday;
 * Thursday 8 October, the first day back), the recommending unit above it is told on the first working day after
 * (the adjusted Saturday 10 October) and the office's dashboard shows the deadline overdue; then the same for the
 * recommending unit, escalated to the office. Every run is repeated: nothing is sent twice.
 */
@IntegrationTest
class RemindersIntegrationTests {

    private static final LocalDate EMPLOYER_DEADLINE = LocalDate.of(2026, 10, 9);

    private static final LocalDate RECOMMENDER_DEADLINE = LocalDate.of(2026, 10, 16);

    @Autowired
    Reminders reminders;

    @Autowired
    BatchScenario scenario;

    @Autowired
    Nominations nominations;

    @Autowired
    TestData data;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    List<ProgressCardProvider> dashboards;

    /**
     * The walk crosses 国庆节 2026 as the State Council arranged it. The demo loads the calendar of the clock's
     * year and the next, which is not 2026 when the suite runs at another time (-Dtalent.test.now): the days
     * the walk counts over are written here (the same as the demo's where it has them).
     */
    @BeforeEach
    void nationalDay2026() {
        nationalDay2026(jdbc);
    }

    static void nationalDay2026(JdbcTemplate jdbc) {
        jdbc.update("""
                insert into calendar_day (day, kind, name)
                select d, 'HOLIDAY', '国庆节' from generate_series(date '2026-10-01', date '2026-10-07', interval '1 day') d
                union all select date '2026-09-20', 'WORKDAY', '国庆节调休上班'
                union all select date '2026-10-10', 'WORKDAY', '国庆节调休上班'
                on conflict (day) do nothing""");
    }

    @Test
    void aBatchWalkedThroughItsDeadlinesRemindsEachLevelOnceAndEscalatesToTheLevelAbove() {
        BatchScenario.Fresh batch = scenario.batch(BatchStage.OPEN);
        scenario.timetable(batch, EMPLOYER_DEADLINE, RECOMMENDER_DEADLINE, null, null);
        scenario.applications(batch, SUBMITTED, 2);
        scenario.applications(batch, ENDORSED, 1);
        nominations.setQuota(batch.batchId(), data.unitId("NC-HRSS"), 1, data.actor("office"));
        String employerSubject = "batch:" + batch.batchId() + ":unit:" + data.unitId("NCU") + ":" + EMPLOYER_DEADLINE;
        String unitSubject = "batch:" + batch.batchId() + ":unit:" + data.unitId("NC-HRSS") + ":"
                + RECOMMENDER_DEADLINE;

        runTwiceOn(LocalDate.of(2026, 9, 28));
        assertThat(sent(batch)).as("four working days before: nothing").isEmpty();

        runTwiceOn(LocalDate.of(2026, 9, 29));
        assertThat(received("employer", "notification.reminder.employerDeadline.remind", batch)).isEqualTo(1);
        assertThat(sent(batch)).extracting("subject", "stage").containsOnly(tuple(employerSubject, "BEFORE_3"));

        runTwiceOn(LocalDate.of(2026, 10, 5));
        assertThat(received("employer", "notification.reminder.employerDeadline.remind", batch))
                .as("during the holiday: the stage of 29 September, already sent").isEqualTo(1);

        runTwiceOn(LocalDate.of(2026, 10, 8));
        assertThat(received("employer", "notification.reminder.employerDeadline.remind", batch)).isEqualTo(2);
        assertThat(received("recommender", "notification.reminder.employerDeadline.escalate", batch)).isZero();

        runTwiceOn(EMPLOYER_DEADLINE);
        assertThat(received("employer", "notification.reminder.employerDeadline.remind", batch)).isEqualTo(2);
        assertThat(received("recommender", "notification.reminder.employerDeadline.escalate", batch))
                .as("not before the deadline has passed").isZero();

        runTwiceOn(LocalDate.of(2026, 10, 10));
        assertThat(received("recommender", "notification.reminder.employerDeadline.escalate", batch))
                .as("the adjusted Saturday after the deadline: the recommending unit above the employer").isEqualTo(1);
        assertThat(received("employer", "notification.reminder.employerDeadline.escalate", batch)).isZero();
        assertThat(overdueOnTheOfficeDashboard(batch)).contains("workbench.due.employerDeadline");

        runTwiceOn(LocalDate.of(2026, 10, 12));
        assertThat(received("recommender", "notification.reminder.employerDeadline.escalate", batch))
                .as("caught up on Monday, but already sent").isEqualTo(1);
        assertThat(received("recommender", "notification.reminder.recommenderDeadline.remind", batch)).isZero();

        runTwiceOn(LocalDate.of(2026, 10, 13));
        assertThat(received("recommender", "notification.reminder.recommenderDeadline.remind", batch)).isEqualTo(1);

        runTwiceOn(LocalDate.of(2026, 10, 15));
        assertThat(received("recommender", "notification.reminder.recommenderDeadline.remind", batch)).isEqualTo(2);
        assertThat(received("office", "notification.reminder.recommenderDeadline.escalate", batch)).isZero();

        runTwiceOn(LocalDate.of(2026, 10, 19));
        assertThat(received("office", "notification.reminder.recommenderDeadline.escalate", batch))
                .as("the Monday after the units' deadline: the office").isEqualTo(1);
        assertThat(received("recommender", "notification.reminder.recommenderDeadline.remind", batch)).isEqualTo(2);
        assertThat(overdueOnTheOfficeDashboard(batch)).contains("workbench.due.recommenderDeadline");

        // every subject and stage went once to each recipient, and each is audited
        assertThat(sent(batch)).extracting("subject", "stage").containsOnly(tuple(employerSubject, "BEFORE_3"),
                tuple(employerSubject, "BEFORE_1"), tuple(employerSubject, "ESCALATE"),
                tuple(unitSubject, "BEFORE_3"), tuple(unitSubject, "BEFORE_1"), tuple(unitSubject, "ESCALATE"));
        assertThat(jdbc.queryForObject("""
                select count(*) from reminder_sent s where s.subject like ?
                  and s.recipient_user_id = (select id from app_user where username = 'employer')""", Long.class,
                "batch:" + batch.batchId() + ":%")).isEqualTo(2);
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_record a join reminder_sent s on s.id = a.subject_id
                where a.subject_type = 'REMINDER' and a.actor_username = 'reminders' and s.subject like ?""",
                Long.class, "batch:" + batch.batchId() + ":%")).isEqualTo((long) sent(batch).size());
        assertThat(jdbc.queryForList("""
                select distinct a.action from audit_record a join reminder_sent s on s.id = a.subject_id
                where a.subject_type = 'REMINDER' and s.subject like ? order by a.action""", String.class,
                "batch:" + batch.batchId() + ":%")).containsExactly("ESCALATE_REMINDER", "SEND_REMINDER");
    }

    @Test
    void aMovedDeadlineIsANewSubjectAndIsRemindedAgain() {
        BatchScenario.Fresh batch = scenario.batch(BatchStage.OPEN);
        scenario.timetable(batch, LocalDate.of(2026, 3, 16), null, null, null);
        scenario.applications(batch, SUBMITTED, 1);

        runTwiceOn(LocalDate.of(2026, 3, 13));
        scenario.timetable(batch, LocalDate.of(2026, 3, 23), null, null, null);
        runTwiceOn(LocalDate.of(2026, 3, 20));

        assertThat(received("employer", "notification.reminder.employerDeadline.remind", batch)).isEqualTo(2);
        assertThat(jdbc.queryForList("select subject from reminder_sent where subject like ? order by id",
                String.class, "batch:" + batch.batchId() + ":%")).allMatch(subject -> !subject.isEmpty())
                .anyMatch(subject -> subject.endsWith(":2026-03-16"))
                .anyMatch(subject -> subject.endsWith(":2026-03-23"));
    }

    /** The job's work on a day, at nine in the morning in China, twice: the second run sends nothing. */
    private void runTwiceOn(LocalDate day) {
        clock.setTo(day.atTime(9, 0).atZone(BusinessTime.ZONE).toInstant());
        LocalDate today = clock.today();
        reminders.runOn(today);
        int before = sent().size();
        ReminderRun again = reminders.runOn(today);
        assertThat(sent().size()).as("a second run on %s", day).isEqualTo(before);
        assertThat(again.failures()).isZero();
    }

    private List<java.util.Map<String, Object>> sent() {
        return jdbc.queryForList("select id from reminder_sent");
    }

    private List<java.util.Map<String, Object>> sent(BatchScenario.Fresh batch) {
        return jdbc.queryForList("select subject, stage, recipient_user_id from reminder_sent where subject like ?",
                "batch:" + batch.batchId() + ":%");
    }

    /** The notifications of this key the user received about the batch (its title begins the label). */
    private long received(String username, String messageKey, BatchScenario.Fresh batch) {
        return jdbc.queryForObject("""
                select count(*) from notification n join app_user u on u.id = n.recipient_user_id
                where u.username = ? and n.message_key = ? and n.subject_label like ?""", Long.class, username,
                messageKey, batch.title() + " · %");
    }

    private List<String> overdueOnTheOfficeDashboard(BatchScenario.Fresh batch) {
        CurrentUser office = accounts.currentUser(accounts.findByUsername("office").orElseThrow());
        return dashboards.stream().flatMap(provider -> provider.cardsFor(office).stream())
                .filter(card -> card.key().equals("batch-" + batch.batchId())).findFirst()
                .map(ProgressCard::overdue).orElseThrow().stream().map(Milestone::messageKey).toList();
    }
}
