package cn.gov.talent.dashboard;

import static cn.gov.talent.application.ApplicationStatus.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.gov.talent.organization.Accounts;
import cn.gov.talent.organization.UserAccount;
import cn.gov.talent.program.BatchStage;
import cn.gov.talent.publication.Objections;
import cn.gov.talent.recommendation.Nominations;
import cn.gov.talent.review.Proposals;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.CurrentUser;
import cn.gov.talent.shared.Milestone;
import cn.gov.talent.shared.ProgressBar;
import cn.gov.talent.shared.ProgressCard;
import cn.gov.talent.shared.Role;
import cn.gov.talent.support.BatchScenario;
import cn.gov.talent.support.IntegrationTest;
import cn.gov.talent.support.NoticeScenario;
import cn.gov.talent.support.TestData;

/**
 * The dashboard's figures against batches whose counts are known: each bar, each date due with the days left
 * counted from the clock, what is overdue, and a recommending unit's figures counted in its subtree only.
 */
@IntegrationTest
class DashboardTests {

    @Autowired
    Dashboards dashboards;

    @Autowired
    BatchScenario scenario;

    @Autowired
    NoticeScenario notices;

    @Autowired
    Nominations nominations;

    @Autowired
    Objections objections;

    @Autowired
    Proposals proposals;

    @Autowired
    Accounts accounts;

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theOfficeSeesEachStepOfAnOpenBatchWithItsCounts() {
        LocalDate today = data.today();
        Actor office = data.actor("office");
        BatchScenario.Fresh batch = scenario.batch(BatchStage.OPEN);
        scenario.timetable(batch, today.minusDays(3), today.plusDays(5), today.plusDays(20), today.plusDays(40));
        scenario.applications(batch, SUBMITTED, 2);
        scenario.applications(batch, ENDORSED, 3);
        scenario.applications(batch, REJECTED, 1);
        scenario.applications(batch, FORWARDED, 2);
        scenario.applications(batch, QUALIFIED, 1);
        scenario.applications(batch, DISQUALIFIED, 1);
        // three units are expected (places given); one with none is not; one forwarded, one has until the day
        // after tomorrow, one had until yesterday
        nominations.setQuota(batch.batchId(), data.unitId("NC-HRSS"), 5, office);
        nominations.setQuota(batch.batchId(), data.unitId("JJ-HRSS"), 2, office);
        nominations.setQuota(batch.batchId(), data.unitId("GZ-HRSS"), 1, office);
        nominations.setQuota(batch.batchId(), data.unitId("JX-EDU"), 0, office);
        jdbc.update("insert into nomination_list (batch_id, unit_id, forwarded_at, forwarded_by) values (?, ?, now(), 'recommender')",
                batch.batchId(), data.unitId("NC-HRSS"));
        nominations.extendDeadline(batch.batchId(), data.unitId("JJ-HRSS"), today.plusDays(2), "材料补充中。", office);
        nominations.extendDeadline(batch.batchId(), data.unitId("GZ-HRSS"), today.minusDays(1), "材料补充中。", office);

        ProgressCard card = cardOf(dashboards.office(user("office")), "batch-" + batch.batchId());

        assertThat(card.title()).isEqualTo(batch.title());
        assertThat(card.stageKey()).isEqualTo("batch.stage.OPEN");
        assertThat(card.bars()).extracting(ProgressBar::messageKey, ProgressBar::done, ProgressBar::total)
                .containsExactly(tuple("workbench.bar.employerChecks", 8L, 10L),
                        tuple("workbench.bar.forwarded", 1L, 3L),
                        tuple("workbench.bar.formalReview", 2L, 4L));
        // overdue, the oldest first: the employers' deadline three days ago with two applications unchecked,
        // and one unit's extension that ran out yesterday
        assertThat(card.isOverdue()).isTrue();
        assertThat(card.overdue()).extracting(Milestone::messageKey, Milestone::date, Milestone::daysOverdue,
                Milestone::outstanding).containsExactly(
                        tuple("workbench.due.employerDeadline", today.minusDays(3), 3L, 2L),
                        tuple("workbench.due.extension", today.minusDays(1), 1L, 1L));
        // next: the other unit's extension, before the batch's own deadline in five days
        assertThat(card.next()).extracting(Milestone::messageKey, Milestone::date, Milestone::daysLeft,
                Milestone::outstanding).containsExactly("workbench.due.extension", today.plusDays(2), 2L, 1L);
        assertThat(card.notes()).extracting(note -> note.messageKey(), note -> note.count()).containsExactly(
                tuple("workbench.note.qualified", 1L), tuple("workbench.note.toDraw", 1L));
    }

    @Test
    void reviewConsultationAndObjectionsAreFollowedInTheNotice() {
        LocalDate today = data.today();
        Actor office = data.actor("office");
        NoticeScenario.InNotice inNotice = notices.inNotice("320", 2);
        long batch = inNotice.batch().batchId();
        List<Long> people = inNotice.batch().applicationIds();
        // four objections: one settled (investigated, found unfounded), one past its due date, one due in five
        // days, one not yet triaged
        long settled = notices.object(inNotice.noticeId(), people.get(0));
        long late = notices.object(inNotice.noticeId(), people.get(0));
        long onTime = notices.object(inNotice.noticeId(), people.get(1));
        long untouched = notices.object(inNotice.noticeId(), people.get(1));
        objections.triage(settled, true, "请调查核实。", today.plusDays(5), office);
        objections.fileFindings(settled, "经调查核实，反映问题不属实。", List.of(), data.actor("recommender"));
        objections.decide(settled, false, "经调查核实，反映问题不属实。", office);
        objections.triage(late, true, "请调查核实。", today.plusDays(5), office);
        objections.triage(onTime, true, "请调查核实。", today.plusDays(5), office);
        jdbc.update("update objection set due_on = ? where id = ?", today.minusDays(2), late);

        ProgressCard card = cardOf(dashboards.office(user("office")), "batch-" + batch);

        assertThat(card.stageKey()).isEqualTo("batch.stage.NOTICE");
        int experts = jdbc.queryForObject("""
                select count(*) from review_assignment a join review_round r on r.id = a.round_id
                where r.batch_id = ? and a.status = 'SUBMITTED'""", Integer.class, batch);
        int departments = proposals.consultedDepartments();
        assertThat(card.bars()).extracting(ProgressBar::messageKey, ProgressBar::done, ProgressBar::total)
                .containsExactly(tuple("workbench.bar.formalReview", 2L, 2L),
                        tuple("workbench.bar.reviews", (long) experts, (long) experts),
                        tuple("workbench.bar.opinions", (long) departments, (long) departments),
                        tuple("workbench.bar.objections", 1L, 4L));
        assertThat(experts).isPositive();
        assertThat(card.overdue()).extracting(Milestone::messageKey, Milestone::daysOverdue, Milestone::outstanding)
                .containsExactly(tuple("workbench.due.investigation", 2L, 1L));
        assertThat(card.next()).isNotNull();
        assertThat(card.next().date()).isAfterOrEqualTo(today);
        assertThat(card.notes()).extracting(note -> note.messageKey(), note -> note.count())
                .contains(tuple("workbench.note.round", 1L), tuple("workbench.note.toTriage", 1L));
        assertThat(untouched).isPositive();
    }

    @Test
    void aRecommendingUnitSeesItsOwnPartOnly() {
        LocalDate today = data.today();
        Actor office = data.actor("office");
        BatchScenario.Fresh batch = scenario.batch(BatchStage.NOMINATION);
        scenario.timetable(batch, today.minusDays(8), today.minusDays(1), null, null);
        List<Long> endorsed = scenario.applications(batch, ENDORSED, 4);
        scenario.applications(batch, SUBMITTED, 2);
        nominations.setQuota(batch.batchId(), data.unitId("NC-HRSS"), 5, office);
        nominations.nominate(endorsed.get(0), data.actor("recommender"), "经综合评价，同意推荐。");

        ProgressCard own = cardOf(dashboards.unit(user("recommender")), "unit-batch-" + batch.batchId());

        // the employers' queue (SUBMITTED) is not the unit's to see: four endorsed to it, one nominated
        assertThat(own.bars()).extracting(ProgressBar::messageKey, ProgressBar::done, ProgressBar::total)
                .containsExactly(tuple("workbench.bar.nominations", 1L, 4L), tuple("workbench.bar.places", 1L, 5L));
        assertThat(own.overdue()).extracting(Milestone::messageKey, Milestone::date, Milestone::daysOverdue)
                .containsExactly(tuple("workbench.due.ownList", today.minusDays(1), 1L));
        assertThat(own.notes()).extracting(note -> note.messageKey(), note -> note.count()).containsExactly(
                tuple("workbench.list.notStarted", 0L), tuple("workbench.note.toNominate", 3L),
                tuple("workbench.note.toForward", 1L));

        // 九江市人社局 has none of these people and no places: its card of the batch (its stage) counts nothing
        ProgressCard other = cardOf(dashboards.unit(user("recommender02")), "unit-batch-" + batch.batchId());
        assertThat(other.bars()).isEmpty();
        assertThat(other.overdue()).isEmpty();
        assertThat(other.notes()).extracting(note -> note.messageKey()).containsExactly("workbench.list.notStarted");

        // once an extension runs to the day after tomorrow, the unit is no longer late: its list is due then
        nominations.extendDeadline(batch.batchId(), data.unitId("NC-HRSS"), today.plusDays(2), "材料补充中。", office);
        ProgressCard extended = cardOf(dashboards.unit(user("recommender")), "unit-batch-" + batch.batchId());
        assertThat(extended.isOverdue()).isFalse();
        assertThat(extended.next()).extracting(Milestone::messageKey, Milestone::daysLeft, Milestone::outstanding)
                .containsExactly("workbench.due.ownListExtended", 2L, 1L);
    }

    @Test
    void aUnitWithPlacesAndNobodyToNominateIsNotWaitedForAndTheListsLeaveTheCardsAfterNomination() {
        LocalDate today = data.today();
        Actor office = data.actor("office");
        BatchScenario.Fresh batch = scenario.batch(BatchStage.NOMINATION);
        scenario.timetable(batch, today.minusDays(8), today.minusDays(1), null, null);
        // two candidates of 南昌大学 endorsed to 南昌市人社局; 九江市人社局 has places and nobody to nominate (it could
        // never forward: an empty list is refused)
        scenario.applications(batch, ENDORSED, 2);
        nominations.setQuota(batch.batchId(), data.unitId("NC-HRSS"), 2, office);
        nominations.setQuota(batch.batchId(), data.unitId("JJ-HRSS"), 3, office);
        String officeKey = "batch-" + batch.batchId();
        String unitKey = "unit-batch-" + batch.batchId();

        ProgressCard card = cardOf(dashboards.office(user("office")), officeKey);
        assertThat(card.bars()).filteredOn(bar -> bar.messageKey().equals("workbench.bar.forwarded"))
                .extracting(ProgressBar::done, ProgressBar::total).containsExactly(tuple(0L, 1L));
        assertThat(card.overdue()).extracting(Milestone::messageKey, Milestone::daysOverdue, Milestone::outstanding)
                .containsExactly(tuple("workbench.due.recommenderDeadline", 1L, 1L));
        // 九江市人社局's own card: its places, and nothing due from it
        ProgressCard nobody = cardOf(dashboards.unit(user("recommender02")), unitKey);
        assertThat(nobody.isOverdue()).isFalse();
        assertThat(nobody.bars()).extracting(ProgressBar::messageKey, ProgressBar::done, ProgressBar::total)
                .containsExactly(tuple("workbench.bar.places", 0L, 3L));
        assertThat(cardOf(dashboards.unit(user("recommender")), unitKey).overdue())
                .extracting(Milestone::messageKey).containsExactly("workbench.due.ownList");

        // past NOMINATION the lists' deadlines leave the cards: the bar keeps the record, nothing stays overdue
        jdbc.update("update batch set stage = 'REVIEW' where id = ?", batch.batchId());
        ProgressCard inReview = cardOf(dashboards.office(user("office")), officeKey);
        assertThat(inReview.isOverdue()).isFalse();
        assertThat(inReview.bars()).extracting(ProgressBar::messageKey).contains("workbench.bar.forwarded");
        ProgressCard own = cardOf(dashboards.unit(user("recommender")), unitKey);
        assertThat(own.isOverdue()).isFalse();
        assertThat(own.next()).isNull();
        // and a unit with places and nothing to do there no longer has the batch on its page
        assertThat(dashboards.unit(user("recommender02"))).extracting(ProgressCard::key).doesNotContain(unitKey);
    }

    @Test
    void aDraftBatchIsTheOfficesOnlyEvenWithPlacesAlreadySet() {
        BatchScenario.Fresh draft = scenario.batch(BatchStage.DRAFT);
        nominations.setQuota(draft.batchId(), data.unitId("NC-HRSS"), 3, data.actor("office"));

        assertThat(dashboards.unit(user("recommender"))).extracting(ProgressCard::key)
                .doesNotContain("unit-batch-" + draft.batchId());
        assertThat(dashboards.office(user("office"))).extracting(ProgressCard::key)
                .contains("batch-" + draft.batchId());

        jdbc.update("update batch set stage = 'OPEN' where id = ?", draft.batchId());
        assertThat(cardOf(dashboards.unit(user("recommender")), "unit-batch-" + draft.batchId()).bars())
                .extracting(ProgressBar::messageKey, ProgressBar::done, ProgressBar::total)
                .containsExactly(tuple("workbench.bar.places", 0L, 3L));
    }

    @Test
    void theOpinionsBarCountsOnlyTheDepartmentsConsultedNow() {
        // a department that answers and is then no longer consulted (its only account disabled), and one
        // consulted since, which has not answered
        UserAccount leaving = data.newUser("dept", "JX-HEALTH", Role.DEPARTMENT);
        UserAccount joining = null;
        try {
            NoticeScenario.InNotice inNotice = notices.inNotice("320", 1);
            long batch = inNotice.batch().batchId();
            long consulted = proposals.consultedDepartments();
            jdbc.update("update app_user set enabled = false where id = ?", leaving.getId());
            joining = data.newUser("dept", "JJ-HRSS", Role.DEPARTMENT);
            assertThat(proposals.consultedDepartments()).isEqualTo(consulted);

            ProgressCard card = cardOf(dashboards.office(user("office")), "batch-" + batch);

            // as many consulted as before, and one of them still to answer: not all done
            assertThat(card.bars()).filteredOn(bar -> bar.messageKey().equals("workbench.bar.opinions"))
                    .extracting(ProgressBar::done, ProgressBar::total).containsExactly(tuple(consulted - 1, consulted));
            assertThat(proposals.awaitedDepartments(batch)).containsExactly(
                    jdbc.queryForObject("select name from org_unit where code = 'JJ-HRSS'", String.class));
        } finally {
            jdbc.update("update app_user set enabled = false where id = ?", leaving.getId());
            if (joining != null) {
                jdbc.update("update app_user set enabled = false where id = ?", joining.getId());
            }
        }
    }

    @Test
    void publishedBatchesLeaveTheDashboard() {
        BatchScenario.Fresh batch = scenario.batch(BatchStage.PUBLISHED);
        assertThat(dashboards.office(user("office"))).extracting(ProgressCard::key)
                .doesNotContain("batch-" + batch.batchId());
    }

    @Test
    void overdueCardsComeFirst() {
        LocalDate today = data.today();
        BatchScenario.Fresh late = scenario.batch(BatchStage.OPEN);
        scenario.timetable(late, today.minusDays(1), null, null, null);
        scenario.applications(late, SUBMITTED, 1);
        BatchScenario.Fresh onTime = scenario.batch(BatchStage.OPEN);
        scenario.timetable(onTime, today.plusDays(1), null, null, null);
        scenario.applications(onTime, SUBMITTED, 1);

        List<ProgressCard> cards = dashboards.office(user("office"));
        List<String> keys = cards.stream().map(ProgressCard::key).toList();
        assertThat(keys.indexOf("batch-" + late.batchId())).isLessThan(keys.indexOf("batch-" + onTime.batchId()));
        // no card that is not overdue comes before one that is
        int firstOnTime = cards.stream().map(ProgressCard::isOverdue).toList().indexOf(false);
        if (firstOnTime >= 0) {
            assertThat(cards.subList(firstOnTime, cards.size())).noneMatch(ProgressCard::isOverdue);
        }
    }

    private CurrentUser user(String username) {
        return accounts.currentUser(accounts.findByUsername(username).orElseThrow());
    }

    private static ProgressCard cardOf(List<ProgressCard> cards, String key) {
        return cards.stream().filter(card -> card.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no card " + key + " among " + cards.stream()
                        .map(ProgressCard::key).toList()));
    }
}
